import type { Server } from 'node:http'
import type { Logger } from 'pino'

const STEP_TIMEOUT_MS = 3_000

export interface ShutdownStep {
  name: string
  run: () => Promise<unknown>
}

/**
 * Stop accepting, let in-flight requests finish (bounded), then release
 * resources in order. A second signal exits at once.
 */
export const installGracefulShutdown = (server: Server, logger: Logger, steps: ShutdownStep[], graceMs = 10_000) => {
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) process.exit(1)
    stopping = true
    logger.info({ signal }, 'shutting down')
    const force = setTimeout(() => {
      logger.warn('in-flight requests did not finish in time; closing anyway')
      server.closeAllConnections()
    }, graceMs)
    force.unref()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    clearTimeout(force)
    for (const step of steps) {
      // A step that hangs (a pool waiting on a client that is never released) must not block the rest.
      const outcome = await Promise.race([
        step.run().then(
          () => 'done',
          (error: unknown) => logger.error({ err: error, step: step.name }, 'shutdown step failed'),
        ),
        new Promise((resolve) => setTimeout(() => resolve('timeout'), STEP_TIMEOUT_MS).unref()),
      ])
      if (outcome === 'timeout') logger.warn({ step: step.name }, 'shutdown step timed out')
    }
    logger.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}
