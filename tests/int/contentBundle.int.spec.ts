import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseBundle } from '@/lib/content/bundle'
import { exportBundle } from '@/lib/content/exportBundle'
import { importBundle } from '@/lib/content/importBundle'
import { runPayloadCli, runScript, SCRIPT_TIMEOUT_MS } from '../helpers/cli'
import { testPayload } from '../helpers/payload'
import { tableCounts } from '../helpers/tableCounts'
import { createTestDatabase, type TestDatabase } from '../setup/testDatabase'

const withoutTimestamp = (json: string) => {
  const { exportedAt: _ignored, ...rest } = JSON.parse(json)
  return rest
}

describe('curriculum export and import', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'peerpath-bundle-'))
  let target: TestDatabase

  beforeAll(async () => {
    target = await createTestDatabase()
    const migrated = runPayloadCli(['migrate'], target.url)
    expect(migrated.status, migrated.explain).toBe(0)
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    const { rows } = await client.query<{ table: string | null }>(`select to_regclass('public.competencies')::text as table`)
    await client.end()
    expect(rows[0].table, `payload migrate left ${target.url} without the schema:\n${migrated.explain}`).toBe('competencies')
  }, SCRIPT_TIMEOUT_MS)
  afterAll(() => target?.drop())

  it('export → import into an empty database reproduces the curriculum', () => {
    const source = path.join(dir, 'source.json')
    const copy = path.join(dir, 'copy.json')
    const exported = runScript('scripts/content-export.ts', [source], process.env.DATABASE_URL!)
    expect(exported.status, exported.explain).toBe(0)
    expect(existsSync(source), `${exported.stdout}\n${exported.stderr}`).toBe(true)
    const bundle = JSON.parse(readFileSync(source, 'utf8'))
    expect(bundle.modules.length).toBeGreaterThanOrEqual(1)

    const imported = runScript('scripts/content-import.ts', [source], target.url)
    expect(imported.status, imported.explain).toBe(0)
    const again = runScript('scripts/content-export.ts', [copy], target.url)
    expect(again.status, again.explain).toBe(0)
    expect(withoutTimestamp(readFileSync(copy, 'utf8'))).toEqual(withoutTimestamp(readFileSync(source, 'utf8')))
  }, 3 * SCRIPT_TIMEOUT_MS)

  it('rejects a malformed bundle with the reason and writes nothing', async () => {
    const before = await tableCounts()
    const broken = path.join(dir, 'broken.json')
    writeFileSync(broken, JSON.stringify({ format: 'peerpath-curriculum', version: 1, exportedAt: 'now', competencies: [], modules: [{ slug: 'Bad Slug!' }] }))
    const result = runScript('scripts/content-import.ts', [broken], process.env.DATABASE_URL!)
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/modules\.0\.slug/)
    expect(result.stderr).toMatch(/nothing was imported/)
    const notJson = path.join(dir, 'not-json.json')
    writeFileSync(notJson, '{"format": ')
    expect(runScript('scripts/content-import.ts', [notJson], process.env.DATABASE_URL!).status).toBe(1)
    expect(await tableCounts()).toEqual(before)
  }, 3 * SCRIPT_TIMEOUT_MS)

  it('names unknown competencies and duplicate slugs', () => {
    const result = parseBundle({
      format: 'peerpath-curriculum',
      version: 1,
      exportedAt: 'now',
      competencies: [],
      modules: [
        { slug: 'a', order: 1, area: 'service-delivery', competencies: ['NOPE'], title: { en: 'A' }, summary: {}, lessons: [], quizzes: [] },
        { slug: 'a', order: 2, area: 'service-delivery', competencies: [], title: { en: 'B' }, summary: {}, lessons: [], quizzes: [] },
      ],
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/unknown competency "NOPE"/)
      expect(result.problems.join('\n')).toMatch(/duplicate module slug "a"/)
    }
  })

  it('a bundle that fails half-way is rolled back completely', async () => {
    const payload = await testPayload()
    const bundle = await exportBundle(payload)
    const broken = structuredClone(bundle)
    // Valid as JSON, but the second module's quiz cannot be graded, so publishing it fails after the first module was written.
    broken.modules = broken.modules.slice(0, 2).map((module, index) => ({ ...module, slug: `rollback-${index}-${module.slug}`,
      lessons: module.lessons.map((lesson) => ({ ...lesson, slug: `rollback-${index}-${lesson.slug}` })),
      quizzes: module.quizzes.map((quiz) => ({ ...quiz, slug: `rollback-${index}-${quiz.slug}` })) }))
    const last = broken.modules[broken.modules.length - 1]
    last.quizzes[0].questions[0].choices = last.quizzes[0].questions[0].choices.map((choice) => ({ ...choice, isCorrect: false }))
    last.quizzes[0].questions[0].type = 'single'
    const before = await tableCounts()
    await expect(importBundle(payload, broken)).rejects.toThrow()
    expect(await tableCounts()).toEqual(before)
  }, 3 * SCRIPT_TIMEOUT_MS)
})
