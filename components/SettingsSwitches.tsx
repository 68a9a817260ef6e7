/** The two reader switches: quote marks and clutter. */
import type { Settings } from '../core/protocol';
import { t } from '../utils/i18n';

export interface SettingsSwitchesProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** Each switch: the setting it flips (also its input's name, which tests use) and its label key. */
const SWITCHES: readonly { name: keyof Settings; label: string }[] = [
  { name: 'marksVisible', label: 'switchMarks' },
  { name: 'clutterHidden', label: 'switchClutter' },
];

/** Native checkboxes with `role="switch"`: keyboard and screen readers get on/off for free. */
export function SettingsSwitches({ settings, onChange }: SettingsSwitchesProps) {
  return (
    <fieldset class="switches">
      <legend>{t('settingsHeading')}</legend>
      {SWITCHES.map(({ name, label }) => (
        <label key={name} class="switch">
          <input
            type="checkbox"
            role="switch"
            name={name}
            checked={settings[name]}
            onChange={event => onChange({ [name]: event.currentTarget.checked })}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
