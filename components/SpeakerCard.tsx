/** One card: a speaker, a set of speakers quoted jointly, or the unnamed group, with their quotes. */
import { useContext, useEffect, useId, useState } from 'preact/hooks';
import { speakerColor } from '../core/speaker-colors';
import {
  ARTICLE_LANG,
  explainQuote,
  groupName,
  type GroupMember,
  type SpeakerGroup,
} from '../core/summary';
import type { AnalysisResult } from '../core/types';
import { t, whyLabels } from '../utils/i18n';
import { PanelActionsContext } from './panel-actions';
import { QuoteItem } from './QuoteItem';
import { SpeakerSwatch } from './SpeakerSwatch';

export interface SpeakerCardProps {
  group: SpeakerGroup;
  /** The whole result, to name co-speakers in explanations. */
  result: AnalysisResult;
  onSelectQuote: (quoteId: string) => void;
  /** True while this card is the focused speaker (the page dims the others). */
  focused?: boolean;
  /** Focus this speaker, or clear the focus when already focused. Absent: no focus button. */
  onToggleFocus?: (key: string) => void;
}

/**
 * The roles line. A pair where everyone has a role reads like the names above it
 * (`Presiden China & Presiden Rusia`); when only some have one, each role says whose it is, so a
 * lone role is never pinned on the wrong name. Null when nobody has a role.
 */
export function rolesLine(members: readonly GroupMember[]): string | null {
  const withRole = members.filter(member => member.speaker.role);
  if (withRole.length === 0) return null;
  if (withRole.length === members.length) return withRole.map(m => m.speaker.role).join(' & ');
  return withRole.map(m => `${m.speaker.name}: ${m.speaker.role}`).join(' · ');
}

/**
 * Swatches (one per member, each a sample of the member's marks), the name as a disclosure button that folds the card, roles,
 * quote count and the focus toggle, then the quotes in article order.
 */
export function SpeakerCard({
  group,
  result,
  onSelectQuote,
  focused = false,
  onToggleFocus,
}: SpeakerCardProps) {
  const headingId = useId();
  const listId = useId();
  const [open, setOpen] = useState(true);
  // A folded card opens when the reader clicks or moves to one of its quotes in the page.
  const target = useContext(PanelActionsContext).target;
  const holdsTarget = !!target && group.quotes.some(q => q.id === target.quoteId);
  useEffect(() => {
    if (holdsTarget) setOpen(true);
  }, [target, holdsTarget]);
  // The speakers' indexes in the result (-1: unnamed), which pick their styles in page and panel.
  const indexes = group.members.length > 0 ? group.members.map(m => m.index) : [-1];
  const count = group.quotes.length;
  const roles = rolesLine(group.members);
  const name = groupName(group, { unnamed: t('unnamedSpeaker') });
  return (
    <section
      class={`speaker${focused ? ' is-focused' : ''}`}
      aria-labelledby={headingId}
      data-speaker-key={group.key}
    >
      <header class="speaker-header">
        <span class="chips" aria-hidden="true">
          {indexes.map(index => (
            <SpeakerSwatch key={index} index={index} />
          ))}
        </span>
        <h3 id={headingId} class="speaker-heading">
          <button
            type="button"
            class="speaker-toggle"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            <span class="speaker-name">{name}</span>
          </button>
        </h3>
        <span class="speaker-count">
          {count === 1 ? t('quoteCountOne') : t('quoteCountMany', [count])}
        </span>
        {roles && (
          <p class="speaker-role" lang={ARTICLE_LANG}>
            {roles}
          </p>
        )}
        {onToggleFocus && (
          <button
            type="button"
            class="small-button focus-button"
            aria-pressed={focused}
            onClick={() => onToggleFocus(group.key)}
          >
            {t('focusSpeaker')}
            <span class="visually-hidden"> {name}</span>
          </button>
        )}
      </header>
      <ul class="quotes" id={listId} hidden={!open}>
        {group.quotes.map(quote => (
          <li key={quote.id}>
            <QuoteItem
              quote={quote}
              explanation={explainQuote(quote, result, whyLabels())}
              // The page marks a joint quote in its first speaker's colour; the panel agrees.
              color={speakerColor(indexes[0]!)}
              onSelect={onSelectQuote}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
