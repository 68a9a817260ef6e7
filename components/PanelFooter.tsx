/** Timing and hidden-clutter count, small print at the bottom. */
import { t } from '../utils/i18n';

export interface PanelFooterProps {
  elapsedMs: number | null;
  hiddenCount: number;
}

/** "Analysed in N ms · N ads/clutter hidden"; each part only when known / non-zero. */
export function PanelFooter({ elapsedMs, hiddenCount }: PanelFooterProps) {
  const parts: string[] = [];
  if (elapsedMs !== null) parts.push(t('footerElapsed', [Math.round(elapsedMs)]));
  if (hiddenCount > 0) parts.push(t('footerHidden', [hiddenCount]));
  if (parts.length === 0) return null;
  return <footer class="panel-footer">{parts.join(' · ')}</footer>;
}
