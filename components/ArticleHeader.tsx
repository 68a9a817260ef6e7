/** The article's title and date at the top of the panel. */
import type { ArticleInfo } from '../core/types';
import { formatPublished } from './format-date';

export interface ArticleHeaderProps {
  article: ArticleInfo;
  /** BCP 47 tag for the date; the browser's language by default. */
  locale?: string;
}

/** Title as a heading, date as a `<time>`; either may be missing on odd pages. */
export function ArticleHeader({ article, locale = navigator.language }: ArticleHeaderProps) {
  const date = formatPublished(article.published, locale);
  return (
    <header class="article-header">
      {article.title && <h1>{article.title}</h1>}
      {date && <time dateTime={article.published ?? undefined}>{date}</time>}
    </header>
  );
}
