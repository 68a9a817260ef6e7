/** Timing and hidden-clutter count, small print at the bottom. */
import { t } from '../utils/i18n';

export interface PanelFooterProps {
  /** `PageState.workMs`: our main-thread time, not the wall time that includes the storage wait. */
  workMs: number | null | undefined;
  hiddenCount: number;
}

/** "Analysed in N ms · N ads/clutter hidden"; each part only when known / non-zero. */
export function PanelFooter({ workMs, hiddenCount }: PanelFooterProps) {
  const parts: string[] = [];
  // `!= null`: an older content script sends no workMs at all.
  if (workMs != null) parts.push(t('footerElapsed', [Math.round(workMs)]));
  if (hiddenCount > 0) parts.push(t('footerHidden', [hiddenCount]));
  if (parts.length === 0) return null;
  return <footer class="panel-footer">{parts.join(' · ')}</footer>;
}
