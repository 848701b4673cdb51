/**
 * How the production server is started everywhere (npm start, the bench, the
 * Dockerfile mirrors it). The old-space cap keeps resident memory under the
 * 600 MB budget: without it V8 grows the heap past 1 GB under load because it
 * may, not because it needs to. What the cap leaves room for: with source maps
 * off in production (src/sourceMaps.ts) the server starts at about 250 MB
 * resident, and page renders queue eight at a time (src/http/renderQueue.ts).
 * PEERPATH_HEAP_MB changes the cap.
 */
export const serverHeapMb = () => Number(process.env.PEERPATH_HEAP_MB) || 384

export const serverNodeArgs = (serverPath: string) => [
  `--max-old-space-size=${serverHeapMb()}`,
  '--import',
  'tsx',
  serverPath,
]
