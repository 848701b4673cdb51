import type { Payload } from 'payload'

/**
 * The Payload instance the Next server started (getPayload keeps it on
 * `global._payload`), so code outside Next's bundle can use its pool and
 * config without loading a second Payload. Undefined until it has started.
 */
export const runningPayload = (): Payload | undefined => {
  const cached = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  return cached?.get('default')?.payload ?? undefined
}
