/**
 * Layering: imports point downward only. `npm run lint:layers` fails on any
 * of these. From the bottom up:
 *
 *   src/lib, src/db, ...  product code (src/lib knows nothing of how it is served)
 *   collections/          Payload's schema; uses src/lib, never the app or tooling
 *   payload.config.ts     wires collections together (may import collections/)
 *   src/app, src/http     serve the product
 *   seed/                 curriculum and demo data, loaded through Payload
 *   scripts/              command-line tools (may use seed/)
 *   bench/, tests/        may use anything above
 *
 * Type-only imports count too (tsPreCompilationDeps): a cycle through a type
 * still ties two modules together.
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others: move what both need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-to-upper-layers',
      severity: 'error',
      comment:
        'src/lib is the product core: it must not import the app, the HTTP layer, the Payload collections, seed data, scripts, tests or benchmarks.',
      from: { path: '^src/lib/' },
      to: { path: '^(src/app|src/http|collections|seed|scripts|tests|bench)/' },
    },
    {
      name: 'collections-not-to-upper-layers',
      severity: 'error',
      comment: 'Collections (schema, access, hooks) must not import the app, seed data, scripts, tests or benchmarks.',
      from: { path: '^collections/' },
      to: { path: '^(src/app|seed|scripts|tests|bench)/' },
    },
    {
      name: 'seed-not-to-tooling',
      severity: 'error',
      comment: 'Seed data is loaded by the server and by scripts: it must not import scripts, tests or benchmarks.',
      from: { path: '^seed/' },
      to: { path: '^(scripts|tests|bench)/' },
    },
    {
      name: 'scripts-not-to-tests',
      severity: 'error',
      comment: 'Scripts ship with the product: what they share with tests belongs in src/ (e.g. src/db/throwawayDatabase.ts).',
      from: { path: '^scripts/' },
      to: { path: '^tests/' },
    },
    {
      name: 'src-not-to-bench-or-tests',
      severity: 'error',
      comment: 'Product code must not import benchmarks or tests (src/lib is covered by lib-not-to-upper-layers).',
      from: { path: '^src/', pathNot: '^src/lib/' },
      to: { path: '^(bench|tests)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing: a typo, a moved file, or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['^src/migrations/.*\\.json$'] },
    moduleSystems: ['es6', 'cjs'],
    tsPreCompilationDeps: true,
    // Resolves the `@/…` and `@payload-config` aliases from tsconfig's paths.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
}
