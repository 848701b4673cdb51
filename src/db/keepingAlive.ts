/**
 * Runs `work` with a timer holding the event loop open. Our scripts run under
 * tsx, whose module loader works off the main thread on Node 20: while a
 * dynamic `import()` of Payload or the config is being loaded, nothing on the
 * main thread may keep the process alive, and Node then ends it with exit
 * code 13 ("unsettled top-level await") and no output. That matches the rare,
 * load-dependent exits the backup and content-bundle tests saw (a script gone
 * with code 13, or its database never migrated). A timer costs nothing and
 * removes that way out.
 */
export const keepingAlive = async <T>(work: () => Promise<T>): Promise<T> => {
  const timer = setInterval(() => {}, 1_000)
  try {
    return await work()
  } finally {
    clearInterval(timer)
  }
}
