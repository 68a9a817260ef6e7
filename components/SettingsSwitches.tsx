/** The two reader switches: quote marks and clutter. */
import type { Settings } from '../core/protocol';
import { t } from '../utils/i18n';

export interface SettingsSwitchesProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** Native checkboxes with `role="switch"`: keyboard and screen readers get on/off for free. */
export function SettingsSwitches({ settings, onChange }: SettingsSwitchesProps) {
  return (
    <fieldset class="switches">
      <legend>{t('settingsHeading')}</legend>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="marksVisible"
          checked={settings.marksVisible}
          onChange={event => onChange({ marksVisible: event.currentTarget.checked })}
        />
        <span>{t('switchMarks')}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          name="clutterHidden"
          checked={settings.clutterHidden}
          onChange={event => onChange({ clutterHidden: event.currentTarget.checked })}
        />
        <span>{t('switchClutter')}</span>
      </label>
    </fieldset>
  );
}
