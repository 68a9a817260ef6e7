/** A whole-panel message: loading, not an article, no quotes. */

export interface StatusMessageProps {
  title: string;
  hint?: string;
  /** Shows a small spinner (loading). */
  busy?: boolean;
  /** 1 when it is the whole panel (its only heading); 2 inside an article's panel. */
  level?: 1 | 2;
}

/** A centred title and hint, announced to screen readers when it appears. */
export function StatusMessage({ title, hint, busy = false, level = 2 }: StatusMessageProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div class="status-message" role="status" aria-busy={busy}>
      {busy && <span class="spinner" aria-hidden="true" />}
      <Heading>{title}</Heading>
      {hint && <p>{hint}</p>}
    </div>
  );
}
