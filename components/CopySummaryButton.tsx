/** "Copy summary" with a status line saying whether it worked. */
import { useState } from 'preact/hooks';
import type { SummaryLabels } from '../core/summary';
import type { AnalysisResult } from '../core/types';
import { t } from '../utils/i18n';
import { copySummary, type CopyOutcome, type SummaryClipboard } from './copy-summary';

export interface CopySummaryButtonProps {
  result: AnalysisResult;
  /** Test seam; `navigator.clipboard` by default. */
  clipboard?: SummaryClipboard;
}

/** The summary's words in the UI language. */
export function summaryLabels(): SummaryLabels {
  return { unnamed: t('unnamedSpeaker'), reported: t('reportedLabel') };
}

function statusText(outcome: CopyOutcome): string {
  if (outcome.ok) return outcome.rich ? t('copyDone') : t('copyDonePlain');
  const reason = outcome.reason === 'no-clipboard' ? t('copyNoClipboard') : outcome.reason;
  return t('copyFailed', [reason]);
}

/** The button, and a polite live region that reports the outcome. */
export function CopySummaryButton({ result, clipboard }: CopySummaryButtonProps) {
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const onClick = async () => {
    // copySummary builds the text before its first await; nothing is awaited before calling it.
    const outcome = await copySummary(
      result,
      summaryLabels(),
      clipboard ?? globalThis.navigator?.clipboard,
    );
    setStatus({ text: statusText(outcome), ok: outcome.ok });
  };
  return (
    <div class="copy">
      <button type="button" class="copy-button" onClick={onClick}>
        {t('copySummary')}
      </button>
      <p
        class={`copy-status${status && !status.ok ? ' is-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ''}
      </p>
    </div>
  );
}
