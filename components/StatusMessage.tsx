/** A whole-panel message: loading, not an article, no quotes. */

export interface StatusMessageProps {
  title: string;
  hint?: string;
  /** Shows a small spinner (loading). */
  busy?: boolean;
}

/** A centred title and hint, announced to screen readers when it appears. */
export function StatusMessage({ title, hint, busy = false }: StatusMessageProps) {
  return (
    <div class="status-message" role="status" aria-busy={busy}>
      {busy && <span class="spinner" aria-hidden="true" />}
      <h2>{title}</h2>
      {hint && <p>{hint}</p>}
    </div>
  );
}
