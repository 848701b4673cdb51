/**
 * `npm start`: a production build of PeerPath (built once, reused while the
 * sources are unchanged) on the embedded database with demo content, unless
 * DATABASE_URL points elsewhere.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ensureBuild } from './ensureBuild'
import { serverNodeArgs } from './serverCommand'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
ensureBuild(root)

const server = spawn(process.execPath, serverNodeArgs(path.join(root, 'src/server.ts')), {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production', PEERPATH_DEMO_BANNER: process.env.DATABASE_URL ? 'false' : 'true' },
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
