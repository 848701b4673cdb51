import { spawn } from 'node:child_process'

export interface ScaleSeed {
  seconds: number
  /** The seed's own "rows: …" summary line, for the results file. */
  rows: string
}

/**
 * Runs `seed:scale` against the bench server's database, echoing its output.
 * It runs before any page is rendered, so no cache holds pre-seed answers.
 */
export const seedScaleData = (root: string, databaseUrl: string, orgs: number, learners: number) =>
  new Promise<ScaleSeed>((resolve, reject) => {
    const started = performance.now()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/seedScale.ts', '--orgs', String(orgs), '--learners', String(learners)],
      // The server's own mode, so the seed's Payload neither pushes a schema nor re-runs migrations.
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn' } },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk
      process.stdout.write(chunk)
    })
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`seed:scale exited with ${code}`))
      const rows = output.split('\n').find((line) => line.startsWith('rows:'))?.replace(/^rows:\s*/, '') ?? ''
      resolve({ seconds: (performance.now() - started) / 1000, rows })
    })
  })
