/**
 * The copy bar, kept in reach at the bottom of the panel (sticky): copy the summary as rich text,
 * plain text or Markdown; save the result as schema-v1 JSON; export the reader's corrections.
 * A polite live region reports what happened.
 */
import { useId, useState } from 'preact/hooks';
import type { SummaryLabels } from '../core/summary';
import type { AnalysisResult } from '../core/types';
import { t } from '../utils/i18n';
import {
  copySummary,
  type CopyOutcome,
  type SummaryClipboard,
  type SummaryFormat,
} from './copy-summary';
import { downloadJson, jsonFileName } from './download';

export interface CopyBarProps {
  /** The result as the panel shows it (the reader's corrections applied). */
  result: AnalysisResult;
  /** Exports every stored correction (absent: nothing to export); resolves to a status line. */
  onExportCorrections?: () => Promise<string>;
  /** Test seam; `navigator.clipboard` by default. */
  clipboard?: SummaryClipboard;
}

const FORMATS: readonly { value: SummaryFormat; label: string }[] = [
  { value: 'rich', label: 'formatRich' },
  { value: 'text', label: 'formatText' },
  { value: 'markdown', label: 'formatMarkdown' },
];

/** The summary's words in the UI language. */
export function summaryLabels(): SummaryLabels {
  return { unnamed: t('unnamedSpeaker'), reported: t('reportedLabel') };
}

/** The status line for a copy. */
export function copyStatus(outcome: CopyOutcome, done = t('copyDone')): string {
  if (outcome.ok) return outcome.rich ? done : t('copyDonePlain');
  const reason = outcome.reason === 'no-clipboard' ? t('copyNoClipboard') : outcome.reason;
  return t('copyFailed', [reason]);
}

export function CopyBar({ result, onExportCorrections, clipboard }: CopyBarProps) {
  const formatId = useId();
  const [format, setFormat] = useState<SummaryFormat>('rich');
  const [status, setStatus] = useState<{ text: string; ok: boolean } | null>(null);
  const copy = async () => {
    const outcome = await copySummary(
      result,
      summaryLabels(),
      clipboard ?? globalThis.navigator?.clipboard,
      format,
    );
    const done =
      format === 'rich'
        ? t('copyDone')
        : t('copyDoneAs', [t(`format${format === 'text' ? 'Text' : 'Markdown'}`)]);
    setStatus({ text: copyStatus(outcome, done), ok: outcome.ok });
  };
  const save = () => {
    downloadJson(result, jsonFileName(result.article.url));
    setStatus({ text: t('jsonSaved'), ok: true });
  };
  const exportCorrections = async () => {
    if (!onExportCorrections) return;
    setStatus({ text: await onExportCorrections(), ok: true });
  };
  return (
    <section class="copy-bar" aria-label={t('copyBarLabel')}>
      <div class="copy-row">
        <button type="button" class="copy-button" onClick={copy}>
          {t('copySummary')}
        </button>
        <label class="format-label" for={formatId}>
          {t('copyFormat')}
        </label>
        <select
          id={formatId}
          name="format"
          value={format}
          onChange={event => setFormat(event.currentTarget.value as SummaryFormat)}
        >
          {FORMATS.map(({ value, label }) => (
            <option key={value} value={value}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div class="copy-row">
        <button type="button" class="small-button" data-action="save-json" onClick={save}>
          {t('saveJson')}
        </button>
        {onExportCorrections && (
          <button
            type="button"
            class="small-button"
            data-action="export-corrections"
            onClick={exportCorrections}
          >
            {t('exportCorrections')}
          </button>
        )}
      </div>
      <p
        class={`copy-status${status && !status.ok ? ' is-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ''}
      </p>
    </section>
  );
}
