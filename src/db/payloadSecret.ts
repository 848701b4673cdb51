import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The secret Payload signs sessions with. PAYLOAD_SECRET wins; without it, the
 * first start on this machine generates a random one and keeps it beside the
 * embedded database, readable by its owner only, so no two installations
 * share a secret and none is the one written in the source. Deleting the file
 * (or changing PAYLOAD_SECRET) rotates it: every session ends.
 */
export const ensurePayloadSecret = (dataDir: string): { source: 'environment' | 'file' | 'generated'; file?: string } => {
  if (process.env.PAYLOAD_SECRET) return { source: 'environment' }
  const file = path.join(path.dirname(path.resolve(dataDir)), 'payload-secret')
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim()
    if (kept.length >= 32) {
      chmodSync(file, 0o600)
      process.env.PAYLOAD_SECRET = kept
      return { source: 'file', file }
    }
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  return { source: 'generated', file }
}
