/** A one-button form acting on one row (remove, revoke, re-send); the label names the row for screen readers. */
export function RowAction({ action, id, label, text }: { action: (form: FormData) => Promise<void>; id: number; label: string; text: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="link-button" aria-label={label}>
        {text}
      </button>
    </form>
  )
}
