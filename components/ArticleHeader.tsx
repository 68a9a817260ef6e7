/** The article's title and date at the top of the panel. */
import type { ArticleInfo } from '../core/types';
import { ARTICLE_LANG } from '../core/summary';
import { uiLocale } from '../utils/i18n';
import { formatPublished } from './format-date';

export interface ArticleHeaderProps {
  article: ArticleInfo;
  /** BCP 47 tag for the date; the UI language by default. */
  locale?: string;
}

/** Title as a heading, date as a `<time>`; either may be missing on odd pages. */
export function ArticleHeader({ article, locale = uiLocale() }: ArticleHeaderProps) {
  const date = formatPublished(article.published, locale);
  return (
    <header class="article-header">
      {article.title && <h1 lang={ARTICLE_LANG}>{article.title}</h1>}
      {date && (
        // A date line shown as printed is the page's Indonesian, not the UI's language.
        <time
          dateTime={article.published ?? undefined}
          lang={date === article.published ? ARTICLE_LANG : undefined}
        >
          {date}
        </time>
      )}
    </header>
  );
}
