import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import { runningPostmaster, startEmbeddedPostgres } from './embedded'
import { freePort } from './freePort'

export interface ResolvedDatabase {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

export const EMBEDDED_DATA_DIR = path.resolve(process.env.PEERPATH_DATA_DIR || '.data/postgres')

/**
 * Where the embedded database's port is remembered: beside its data directory
 * (`.data/postgres` → `.data/postgres.port`): initdb wants the data directory
 * to itself.
 */
export const embeddedPortFile = (dataDir: string) => {
  const resolved = path.resolve(dataDir)
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.port`)
}

/** The embedded database cannot have the port it must use; the message says which and what to do. */
export class EmbeddedPortError extends Error {
  override name = 'EmbeddedPortError'
  constructor(
    message: string,
    readonly port: number,
  ) {
    super(message)
  }
}

/** Whether this process could listen on 127.0.0.1:port right now (Postgres is reached there). */
const portProblem = (port: number): Promise<string | null> =>
  new Promise((resolve) => {
    const probe = net.createServer()
    probe.unref()
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' ? 'is in use by another program' : `cannot be used (${error.code ?? error.message})`))
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(null)))
  })

const parsePort = (text: string): number | null => {
  const port = Number(text.trim())
  return /^\d+$/.test(text.trim()) && port > 0 && port < 65536 ? port : null
}

const readRememberedPort = (file: string, log?: (message: string) => void): number | null => {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  const port = parsePort(text)
  if (port === null) log?.(`Ignoring ${file}: it does not hold a port number; a new free port will be picked and remembered there`)
  return port
}

/**
 * Which port the embedded cluster in `dataDir` uses, in this order: the one a
 * cluster still running there listens on (adopted as it is); EMBEDDED_PG_PORT;
 * the port remembered from the first start; else a free port, remembered after
 * the cluster has started on it. A given or remembered port that something
 * else holds is an EmbeddedPortError, not a start attempt that dies later.
 */
const chooseEmbeddedPort = async (dataDir: string, log?: (message: string) => void): Promise<{ port: number; remember: boolean }> => {
  const file = embeddedPortFile(dataDir)
  const running = runningPostmaster(dataDir)
  if (running?.port) return { port: running.port, remember: true }

  const given = process.env.EMBEDDED_PG_PORT
  if (given) {
    const port = parsePort(given)
    if (port === null) throw new EmbeddedPortError(`EMBEDDED_PG_PORT must be a port number (1-65535), not "${given}".`, NaN)
    const problem = await portProblem(port)
    if (problem) {
      throw new EmbeddedPortError(
        `EMBEDDED_PG_PORT=${port} ${problem}, so the embedded database in ${dataDir} cannot start. Set EMBEDDED_PG_PORT to a free port, or unset it to let PeerPath pick one (remembered in ${file}).`,
        port,
      )
    }
    return { port, remember: false }
  }

  const remembered = readRememberedPort(file, log)
  if (remembered !== null) {
    const problem = await portProblem(remembered)
    if (problem) {
      throw new EmbeddedPortError(
        `Port ${remembered}, remembered for the embedded database in ${file}, ${problem}, so the embedded database in ${dataDir} cannot start. ` +
          `Stop whatever holds port ${remembered}, or delete ${file} to have PeerPath pick a new free port, or set EMBEDDED_PG_PORT to a free port.`,
        remembered,
      )
    }
    return { port: remembered, remember: false }
  }
  return { port: await freePort(), remember: true }
}

const rememberPort = (file: string, port: number, log?: (message: string) => void) => {
  try {
    if (readFileSync(file, 'utf8').trim() === String(port)) return
  } catch {
    // Not there yet.
  }
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, `${port}\n`)
  } catch (error) {
    // The database runs; only the next start may land on another port.
    log?.(`Could not remember the embedded database's port in ${file}: ${(error as Error).message}`)
  }
}

/**
 * DATABASE_URL wins; without it PeerPath runs its own Postgres under .data/ so a
 * fresh clone needs nothing else, on a port picked free on the first start and
 * remembered (so a second checkout gets its own). Sets DATABASE_URL for
 * everything loaded later.
 */
export const resolveDatabase = async (
  log?: (message: string) => void,
  { stopAdopted = false, dataDir = EMBEDDED_DATA_DIR }: { stopAdopted?: boolean; dataDir?: string } = {},
): Promise<ResolvedDatabase> => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const { port, remember } = await chooseEmbeddedPort(dataDir, log)
  const db = await startEmbeddedPostgres({ dataDir, port, database: 'peerpath', log, stopAdopted })
  if (remember) rememberPort(embeddedPortFile(dataDir), db.port, log)
  process.env.DATABASE_URL = db.url
  process.env.PEERPATH_EMBEDDED_DB = 'true'
  return { url: db.url, embedded: true, stop: db.stop }
}
