import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

import { buildFingerprint, buildIsCurrent, stampFile } from './buildFingerprint'

/** Runs `next build` unless the existing build was made from the same sources. */
export const ensureBuild = (root: string) => {
  if (buildIsCurrent(root)) return
  console.log('Building PeerPath for production (first run or changed sources; this takes a few minutes)…')
  const fingerprint = buildFingerprint(root)
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation' },
  })
  if (result.status !== 0) {
    console.error('next build failed')
    process.exit(result.status ?? 1)
  }
  writeFileSync(stampFile(root), fingerprint)
}
