import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

/** Scripts load Payload and the whole config: on a busy 2-core machine that alone can take half a minute. */
export const SCRIPT_TIMEOUT_MS = 180_000

export interface ScriptResult {
  status: number | null
  stdout: string
  stderr: string
  /** Why it ended, for assertion messages: exit code or signal, a timeout, and the script's own stderr. */
  explain: string
}

const result = (command: string, ran: SpawnSyncReturns<string>): ScriptResult => {
  const ending = ran.error
    ? `${command} could not finish: ${ran.error.message}`
    : ran.signal
      ? `${command} was killed by ${ran.signal}`
      : `${command} exited ${ran.status}`
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr, explain: `${ending}\n--- stderr ---\n${ran.stderr}\n--- stdout ---\n${ran.stdout}` }
}

// Scripts log at 'warn' so a failure's underlying cause (the error Payload logs before rethrowing) is in stderr.
const scriptEnv = (databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'test' as const,
  LOG_LEVEL: 'warn',
  // A script competing with the suite for two cores may wait long for its first connection.
  DB_CONNECT_TIMEOUT_MS: '30000',
  ...extra,
})

/** Runs one of the project's scripts as a user would, against the given database. */
export const runScript = (script: string, args: string[], databaseUrl: string): ScriptResult =>
  result(
    script,
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: scriptEnv(databaseUrl),
      timeout: SCRIPT_TIMEOUT_MS,
    }),
  )

export const runPayloadCli = (args: string[], databaseUrl: string): ScriptResult =>
  result(
    `payload ${args.join(' ')}`,
    spawnSync('npx', ['payload', ...args], {
      cwd: root,
      encoding: 'utf8',
      env: scriptEnv(databaseUrl, { NODE_OPTIONS: '--no-deprecation' }),
      timeout: SCRIPT_TIMEOUT_MS,
    }),
  )
