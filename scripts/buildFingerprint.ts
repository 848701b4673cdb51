import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const INPUTS = ['src', 'collections', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const IGNORED = new Set(['node_modules', '.next', '.data'])

const filesUnder = (entry: string): string[] => {
  if (!existsSync(entry)) return []
  if (!statSync(entry).isDirectory()) return [entry]
  return readdirSync(entry)
    .filter((name) => !IGNORED.has(name))
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
}

/** Hash of everything `next build` reads, so a stale build is rebuilt and a current one reused. */
export const buildFingerprint = (root: string): string => {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap((input) => filesUnder(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update(readFileSync(file))
  }
  return hash.digest('hex')
}

export const stampFile = (root: string) => path.join(root, '.next', 'peerpath-build-fingerprint')

export const buildIsCurrent = (root: string): boolean =>
  existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  existsSync(stampFile(root)) &&
  readFileSync(stampFile(root), 'utf8') === buildFingerprint(root)
