/**
 * tsx turns Node's source-map support on for the whole process, and Node then
 * keeps every loaded file's source text and map in memory: for Next's server
 * chunks that was over 150 MB of strings in the production server's heap (a
 * heap snapshot found the same 5 MB chunk four times, beside its mappings).
 * Production stack traces point into the build instead; development keeps
 * source maps. Imported first by the server entry so it runs before Next
 * loads anything.
 */
if (process.env.NODE_ENV === 'production' && process.env.PEERPATH_SOURCE_MAPS !== 'on') process.setSourceMapsEnabled(false)
