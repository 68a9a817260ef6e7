/** Timing and hidden-clutter count, small print at the bottom. */
import { t } from '../utils/i18n';

export interface PanelFooterProps {
  /** `PageState.engineMs`: the engine's time (in the background), not the page's cost. */
  engineMs: number | null | undefined;
  hiddenCount: number;
}

/** "Analysed in N ms · N ads/clutter hidden"; each part only when known / non-zero. */
export function PanelFooter({ engineMs, hiddenCount }: PanelFooterProps) {
  const parts: string[] = [];
  // `!= null`: an older content script sends no engineMs at all.
  if (engineMs != null) parts.push(t('footerElapsed', [Math.round(engineMs)]));
  if (hiddenCount > 0) parts.push(t('footerHidden', [hiddenCount]));
  if (parts.length === 0) return null;
  return <footer class="panel-footer">{parts.join(' · ')}</footer>;
}
