/**
 * How the production server is started everywhere (npm start, the bench, the
 * Dockerfile mirrors it). The old-space cap keeps resident memory under the
 * 600 MB budget: without it V8 grows the heap to over 1 GB under load because
 * it may, not because it needs to (bench:soak: 1.15 GB uncapped, 0.46 GB capped,
 * no errors). PEERPATH_HEAP_MB changes the cap.
 */
export const serverNodeArgs = (serverPath: string) => [
  `--max-old-space-size=${Number(process.env.PEERPATH_HEAP_MB) || 384}`,
  '--import',
  'tsx',
  serverPath,
]
