/**
 * Starts Payload with its cron runner when the production or development
 * server boots, so the reminders queue runs inside the server process.
 * PEERPATH_JOBS=off leaves jobs to another instance.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  if (process.env.PEERPATH_JOBS === 'off') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  await getPayload({ config, cron: true })
}
