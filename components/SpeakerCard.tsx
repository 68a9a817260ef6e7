/** One card: a speaker, a set of speakers quoted jointly, or the unnamed group, with their quotes. */
import { useId } from 'preact/hooks';
import { speakerColor, UNNAMED_COLOR } from '../core/speaker-colors';
import {
  ARTICLE_LANG,
  explainQuote,
  groupName,
  type GroupMember,
  type SpeakerGroup,
} from '../core/summary';
import type { AnalysisResult } from '../core/types';
import { t, whyLabels } from '../utils/i18n';
import { QuoteItem } from './QuoteItem';

export interface SpeakerCardProps {
  group: SpeakerGroup;
  /** The whole result, to name co-speakers in explanations. */
  result: AnalysisResult;
  onSelectQuote: (quoteId: string) => void;
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

/** Colour chips (one per member), names, roles and quote count, then the quotes in article order. */
export function SpeakerCard({ group, result, onSelectQuote }: SpeakerCardProps) {
  const headingId = useId();
  const colors =
    group.members.length > 0 ? group.members.map(m => speakerColor(m.index)) : [UNNAMED_COLOR];
  const count = group.quotes.length;
  const roles = rolesLine(group.members);
  return (
    <section class="speaker" aria-labelledby={headingId} data-speaker-key={group.key}>
      <header class="speaker-header">
        <span class="chips" aria-hidden="true">
          {colors.map((color, at) => (
            <span key={at} class="chip" style={{ backgroundColor: color }} />
          ))}
        </span>
        <h3 id={headingId} class="speaker-name">
          {groupName(group, { unnamed: t('unnamedSpeaker') })}
        </h3>
        <span class="speaker-count">
          {count === 1 ? t('quoteCountOne') : t('quoteCountMany', [count])}
        </span>
        {roles && (
          <p class="speaker-role" lang={ARTICLE_LANG}>
            {roles}
          </p>
        )}
      </header>
      <ul class="quotes">
        {group.quotes.map(quote => (
          <li key={quote.id}>
            <QuoteItem
              quote={quote}
              explanation={explainQuote(quote, result, whyLabels())}
              // The page marks a joint quote in its first speaker's colour; the panel agrees.
              color={colors[0]!}
              onSelect={onSelectQuote}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
