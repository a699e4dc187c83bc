/**
 * An ISO timestamp as the tool writes it (`2026-11-24T10:00:00.000Z`). A module of its own: reading
 * progress (state-schema) must not load date-fns, and the dates bundle must not carry the schema.
 */
export function isValidTimestamp(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text));
}
