/** "Not this speaker": choose another speaker of the article, or unnamed, for one quote. */
import { useId, useState } from 'preact/hooks';
import type { AnalysisResult, Quote } from '../core/types';
import { t } from '../utils/i18n';

export interface CorrectionPickerProps {
  quote: Quote;
  result: AnalysisResult;
  onApply: (speakerIds: string[]) => void;
  onCancel: () => void;
}

/** Value of the "unnamed" option (speaker ids are never empty). */
const UNNAMED = '';

/** A labelled select of the article's speakers (the current one excluded) and unnamed. */
export function CorrectionPicker({ quote, result, onApply, onCancel }: CorrectionPickerProps) {
  const selectId = useId();
  const current = quote.speakerIds.join('+');
  const choices = result.speakers.filter(s => s.id !== current);
  const [choice, setChoice] = useState(choices[0]?.id ?? UNNAMED);
  return (
    <form
      class="correction-picker"
      onSubmit={event => {
        event.preventDefault();
        onApply(choice === UNNAMED ? [] : [choice]);
      }}
    >
      <label for={selectId}>{t('correctWho')}</label>
      <select
        id={selectId}
        name="speaker"
        value={choice}
        onChange={event => setChoice(event.currentTarget.value)}
      >
        {choices.map(speaker => (
          <option key={speaker.id} value={speaker.id}>
            {speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name}
          </option>
        ))}
        {quote.speakerIds.length > 0 && <option value={UNNAMED}>{t('unnamedSpeaker')}</option>}
      </select>
      <div class="picker-buttons">
        <button type="submit" class="small-button primary">
          {t('correctApply')}
        </button>
        <button type="button" class="small-button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
