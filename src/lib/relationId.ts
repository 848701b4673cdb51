/** The id of a relationship value, whether Payload populated it (an object) or not (an id); null when empty. */
export const relationId = (value: unknown): number | null =>
  value == null ? null : typeof value === 'object' ? ((value as { id?: number }).id ?? null) : Number(value)
