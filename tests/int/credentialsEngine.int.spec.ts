/**
 * The credential engine against every shipped credential (seed data, read as
 * a trainer would leave it). Pure: no database.
 */
import { describe, expect, it } from 'vitest'

import type { CertificateRecord, ExperienceRecord, ExternalTrainingRecord, ModuleCredit, SupervisionRecord } from '@/lib/credentials/types'

import { experienceProgress } from '@/lib/credentials/experience'
import { certificationProgress } from '@/lib/credentials/readiness'
import { currentCycle, renewalStatus } from '@/lib/credentials/renewal'
import { rulesOf } from '@/lib/credentials/rules'
import { standingEntries, supervisionProgress } from '@/lib/credentials/supervision'
import { trainingProgress } from '@/lib/credentials/training'
import { credentials } from '../../seed/content/credentials'

const rules = (slug: string) => {
  const credential = credentials.find((shipped) => shipped.slug === slug)
  if (!credential) throw new Error(`no shipped credential ${slug}`)
  return rulesOf(credential)
}

const TODAY = '2026-12-01'
const cert = (moduleId: number, issuedAt = '2026-10-01', extra: Partial<CertificateRecord> = {}): CertificateRecord => ({ moduleId, code: `CODE-${moduleId}`, issuedAt, ...extra })
const credit = (moduleId: number, domain: string, hours: number): ModuleCredit => ({ moduleId, domain, hours })
let nextId = 1
const external = (domain: string, hours: number, status: ExternalTrainingRecord['status'] = 'approved', date = '2026-09-15'): ExternalTrainingRecord => ({
  id: nextId++,
  title: `Outside course ${nextId}`,
  provider: 'Recovery Academy',
  date,
  hours,
  domain,
  status,
})
const experience = (hours: number, extra: Partial<ExperienceRecord> = {}): ExperienceRecord => ({ date: '2026-10-05', hours, paid: true, withSimilarPeers: false, status: 'approved', ...extra })
const session = (id: number, date: string, durationMinutes: number, extra: Partial<SupervisionRecord> = {}): SupervisionRecord => ({ id, date, durationMinutes, acknowledged: true, ...extra })

describe('every shipped credential reads as rules', () => {
  it.each([
    ['icrc-peer-recovery', 46, 500, 25],
    ['pennsylvania-cps', 75, 0, 0],
    ['texas-mhps', 59.5, 250, 0],
    ['texas-rsps', 65.5, 250, 0],
    ['georgia-cps', 0, 0, 0],
    ['florida-crps', 40, 500, 0],
  ])('%s: %s training hours, %s experience hours, %s supervision hours', (slug, training, experienceHours, supervision) => {
    const credential = rules(slug)
    expect(trainingProgress(credential, { credits: [], certificates: [], externalTrainings: [] }).required).toBe(training)
    expect(credential.experience.hours).toBe(experienceHours)
    expect(credential.supervision.hours).toBe(supervision)
  })
})

describe('training hours by domain', () => {
  const cases: {
    name: string
    slug: string
    credits?: ModuleCredit[]
    certificates?: CertificateRecord[]
    externalTrainings?: ExternalTrainingRecord[]
    expected: Record<string, { earned: number; counted: number; remaining: number }>
    met: boolean
  }[] = [
    {
      name: 'IC&RC: an over-filled domain does not make up for a short one',
      slug: 'icrc-peer-recovery',
      credits: [credit(4, 'ethical-responsibility', 2)],
      certificates: [cert(4)],
      externalTrainings: [external('advocacy', 14), external('mentoring-education', 10), external('recovery-wellness-support', 10)],
      expected: {
        advocacy: { earned: 14, counted: 10, remaining: 0 },
        'ethical-responsibility': { earned: 2, counted: 2, remaining: 14 },
      },
      met: false,
    },
    {
      name: 'IC&RC: a rejected or pending external record never counts',
      slug: 'icrc-peer-recovery',
      externalTrainings: [external('ethical-responsibility', 16, 'rejected'), external('ethical-responsibility', 16, 'pending'), external('advocacy', 3)],
      expected: { 'ethical-responsibility': { earned: 0, counted: 0, remaining: 16 }, advocacy: { earned: 3, counted: 3, remaining: 7 } },
      met: false,
    },
    {
      name: 'IC&RC: a completed module without a certificate, or with a revoked one, earns nothing',
      slug: 'icrc-peer-recovery',
      credits: [credit(1, 'advocacy', 2), credit(2, 'mentoring-education', 2), credit(3, 'recovery-wellness-support', 3)],
      certificates: [cert(2, '2026-10-01', { revoked: true }), cert(3)],
      expected: {
        advocacy: { earned: 0, counted: 0, remaining: 10 },
        'mentoring-education': { earned: 0, counted: 0, remaining: 10 },
        'recovery-wellness-support': { earned: 3, counted: 3, remaining: 7 },
      },
      met: false,
    },
    {
      name: 'Pennsylvania: modules and approved outside training reach 75 exactly',
      slug: 'pennsylvania-cps',
      credits: [credit(1, 'approved-training', 2), credit(2, 'approved-training', 2), credit(3, 'approved-training', 3), credit(4, 'approved-training', 2)],
      certificates: [cert(1), cert(2), cert(3), cert(4)],
      externalTrainings: [external('approved-training', 66)],
      expected: { 'approved-training': { earned: 75, counted: 75, remaining: 0 } },
      met: true,
    },
    {
      name: 'Texas MHPS: 19.5 core hours meet the core exactly; 39.75 MHPS hours are a quarter hour short',
      slug: 'texas-mhps',
      externalTrainings: [external('core', 19.5), external('mhps-training', 39.75)],
      expected: { core: { earned: 19.5, counted: 19.5, remaining: 0 }, 'mhps-training': { earned: 39.75, counted: 39.75, remaining: 0.25 } },
      met: false,
    },
    {
      name: 'Texas RSPS: MHPS hours do not count toward the RSPS domain',
      slug: 'texas-rsps',
      externalTrainings: [external('core', 19.5), external('rsps-training', 46), external('mhps-training', 40)],
      expected: { core: { earned: 19.5, counted: 19.5, remaining: 0 }, 'rsps-training': { earned: 46, counted: 46, remaining: 0 } },
      met: true,
    },
    {
      name: 'Georgia: no training domains entered, so nothing is asked',
      slug: 'georgia-cps',
      externalTrainings: [external('ce-ethics', 2)],
      expected: {},
      met: true,
    },
    {
      name: 'Florida: CE hours are not training hours',
      slug: 'florida-crps',
      externalTrainings: [external('ce-general', 40), external('advocacy', 10), external('mentoring-education', 10), external('recovery-wellness-support', 10), external('ethical-responsibility', 9.5)],
      expected: { 'ethical-responsibility': { earned: 9.5, counted: 9.5, remaining: 0.5 } },
      met: false,
    },
  ]

  it.each(cases)('$name', ({ slug, credits = [], certificates = [], externalTrainings = [], expected, met }) => {
    const progress = trainingProgress(rules(slug), { credits, certificates, externalTrainings })
    for (const [key, values] of Object.entries(expected)) {
      const domain = progress.domains.find((row) => row.key === key)
      expect(domain, key).toMatchObject(values)
    }
    expect(progress.met).toBe(met)
  })

  it('lists the certificate code that proves each module credit, and the external record behind the rest', () => {
    const progress = trainingProgress(rules('icrc-peer-recovery'), {
      credits: [credit(4, 'ethical-responsibility', 2)],
      certificates: [cert(4, '2026-11-20T15:30:00Z')],
      externalTrainings: [external('ethical-responsibility', 3)],
    })
    const sources = progress.domains.find((domain) => domain.key === 'ethical-responsibility')!.sources
    expect(sources).toEqual([
      { kind: 'module', moduleId: 4, certificateCode: 'CODE-4', date: '2026-11-20', hours: 2 },
      expect.objectContaining({ kind: 'external', hours: 3, provider: 'Recovery Academy' }),
    ])
  })
})

describe('experience', () => {
  it.each([
    { slug: 'icrc-peer-recovery', entries: [experience(300), experience(199.5, { paid: false })], approved: 499.5, met: false },
    { slug: 'icrc-peer-recovery', entries: [experience(300), experience(200, { paid: false }), experience(40, { status: 'pending' })], approved: 500, met: true },
    { slug: 'texas-mhps', entries: [experience(250, { status: 'rejected' })], approved: 0, met: false },
    { slug: 'texas-rsps', entries: [experience(250)], approved: 250, met: true },
    // 500 hours but only 249 with peers of similar lived experience: the sub-requirement is short.
    { slug: 'florida-crps', entries: [experience(251), experience(249, { withSimilarPeers: true })], approved: 500, met: false },
    { slug: 'florida-crps', entries: [experience(250), experience(250, { withSimilarPeers: true })], approved: 500, met: true },
    { slug: 'pennsylvania-cps', entries: [], approved: 0, met: true },
    { slug: 'georgia-cps', entries: [], approved: 0, met: true },
  ])('$slug: $approved approved hours → met $met', ({ slug, entries, approved, met }) => {
    const progress = experienceProgress(rules(slug), entries)
    expect(progress.approved).toBe(approved)
    expect(progress.met).toBe(met)
  })

  it('reports pending hours, paid and volunteer, and each sub-requirement', () => {
    const progress = experienceProgress(rules('florida-crps'), [experience(100, { withSimilarPeers: true, paid: false }), experience(8, { status: 'pending' })])
    expect(progress).toMatchObject({ approved: 100, pending: 8, paid: 0, volunteer: 100, remaining: 400 })
    expect(progress.requirements).toEqual([{ condition: 'with-similar-peers', required: 250, approved: 100, remaining: 150, met: false }])
  })
})

describe('supervision', () => {
  it('counts acknowledged hours only (IC&RC 25 h)', () => {
    const entries = Array.from({ length: 25 }, (_, index) => session(index + 1, '2026-10-01', 60, { acknowledged: index !== 0 }))
    const progress = supervisionProgress(rules('icrc-peer-recovery'), entries, { phase: 'initial', today: TODAY })
    expect(progress).toMatchObject({ acknowledgedHours: 24, awaitingAcknowledgement: 1, remaining: 1, met: false, cadence: 'none', gaps: [] })
  })

  it('a correction stands in place of the entry it corrects once acknowledged; until then the original counts', () => {
    const original = session(1, '2026-11-02', 60)
    const correction = session(2, '2026-11-02', 90, { corrects: 1 })
    expect(supervisionProgress(rules('icrc-peer-recovery'), [original, correction], { phase: 'initial', today: TODAY }).acknowledgedHours).toBe(1.5)
    const waiting = supervisionProgress(rules('icrc-peer-recovery'), [original, { ...correction, acknowledged: false }], { phase: 'initial', today: TODAY })
    expect(waiting.acknowledgedHours).toBe(1)
    expect(waiting.awaitingAcknowledgement).toBe(1)
    // A correction of a correction: only the last one stands.
    const again = session(3, '2026-11-02', 75, { corrects: 2 })
    expect(standingEntries([original, correction, again]).map((entry) => entry.id)).toEqual([3])
  })

  it('Texas, initial certification: every week without supervision since it became due is a gap; the week under way is not yet', () => {
    // 2026-11-02 is a Monday; today (2026-12-01) is a Tuesday in the week of 2026-11-30.
    const entries = [session(1, '2026-11-03', 60), session(2, '2026-11-22', 60), session(3, '2026-11-16', 30, { acknowledged: false })]
    for (const slug of ['texas-mhps', 'texas-rsps']) {
      const progress = supervisionProgress(rules(slug), entries, { phase: 'initial', since: '2026-11-02', today: TODAY })
      expect(progress.cadence).toBe('weekly')
      expect(progress.gaps).toEqual([{ start: '2026-11-09', end: '2026-11-16' }, { start: '2026-11-23', end: '2026-11-30' }])
      expect(progress.current).toEqual({ start: '2026-11-30', end: '2026-12-07', covered: false })
    }
  })

  it('Texas, after initial certification: monthly', () => {
    const entries = [session(1, '2026-09-30', 60), session(2, '2026-11-01', 60), session(3, '2026-12-01', 60)]
    const progress = supervisionProgress(rules('texas-mhps'), entries, { phase: 'after', since: '2026-09-15', today: TODAY })
    expect(progress.cadence).toBe('monthly')
    expect(progress.gaps).toEqual([{ start: '2026-10-01', end: '2026-11-01' }])
    expect(progress.current).toEqual({ start: '2026-12-01', end: '2027-01-01', covered: true })
  })

  it('credentials without a cadence flag no gaps', () => {
    for (const slug of ['icrc-peer-recovery', 'pennsylvania-cps', 'georgia-cps', 'florida-crps']) {
      expect(supervisionProgress(rules(slug), [session(1, '2026-01-05', 60)], { phase: 'initial', since: '2026-01-01', today: TODAY }).gaps).toEqual([])
    }
  })
})

describe('ready to apply', () => {
  const icrcComplete = {
    credits: [credit(4, 'ethical-responsibility', 2)],
    certificates: [cert(4)],
    externalTrainings: [external('advocacy', 10), external('mentoring-education', 10), external('recovery-wellness-support', 10), external('ethical-responsibility', 14)],
    experience: [experience(500)],
    supervision: Array.from({ length: 25 }, (_, index) => session(index + 1, '2026-06-01', 60)),
  }

  it('IC&RC: training in every domain, 500 experience hours and 25 supervision hours', () => {
    const progress = certificationProgress(rules('icrc-peer-recovery'), icrcComplete, { phase: 'initial', today: TODAY })
    expect(progress.readyToApply).toBe(true)
    expect(progress.missing).toEqual([])
  })

  it('IC&RC: one supervision entry short, and ethics short after its module certificate is revoked', () => {
    const records = { ...icrcComplete, certificates: [cert(4, '2026-10-01', { revoked: true })], supervision: icrcComplete.supervision.slice(1) }
    const progress = certificationProgress(rules('icrc-peer-recovery'), records, { phase: 'initial', today: TODAY })
    expect(progress.readyToApply).toBe(false)
    expect(progress.missing).toEqual(['training', 'supervision'])
  })

  it('Florida: experience short of the similar-peers hours keeps it from being ready', () => {
    const records = {
      credits: [],
      certificates: [],
      externalTrainings: ['advocacy', 'mentoring-education', 'recovery-wellness-support', 'ethical-responsibility'].map((domain) => external(domain, 10)),
      experience: [experience(500)],
      supervision: [],
    }
    expect(certificationProgress(rules('florida-crps'), records, { phase: 'initial', today: TODAY }).missing).toEqual(['experience'])
  })
})

describe('renewal: continuing education in the current cycle, and expiry', () => {
  it('IC&RC (anniversary, 2 years): hours earned before the cycle started do not count', () => {
    const held = { status: 'held' as const, issuedAt: '2025-03-01', expiresAt: '2027-02-28' }
    const inputs = {
      credits: [credit(4, 'ce-ethics', 2)],
      certificates: [cert(4, '2025-02-28')],
      externalTrainings: [external('ce-ethics', 6, 'approved', '2025-03-01'), external('ce-general', 13.5, 'approved', '2026-05-01'), external('ce-general', 5, 'rejected', '2026-05-02')],
    }
    const status = renewalStatus(rules('icrc-peer-recovery'), held, inputs, TODAY)
    expect(status.cycle).toEqual({ start: '2025-03-01', end: '2027-03-01' })
    expect(status.categories.find((category) => category.key === 'ce-ethics')).toMatchObject({ earned: 6, met: true })
    expect(status).toMatchObject({ earned: 19.5, required: 20, remaining: 0.5, met: false, expiresOn: '2027-02-28', daysToExpiry: 89, expired: false })
  })

  it('Georgia (calendar year): 31 December does not count toward the next year; 1 January does', () => {
    const held = { status: 'held' as const, issuedAt: '2024-06-15' }
    const inputs = {
      credits: [],
      certificates: [],
      externalTrainings: [external('ce-ethics', 3, 'approved', '2025-12-31'), external('ce-ethics', 1, 'approved', '2026-01-01'), external('ce-general', 10.5, 'approved', '2026-07-01')],
    }
    const status = renewalStatus(rules('georgia-cps'), held, inputs, TODAY)
    expect(status.cycle).toEqual({ start: '2026-01-01', end: '2027-01-01' })
    expect(status).toMatchObject({ earned: 11.5, required: 12, met: false, expiresOn: '2026-12-31', daysToExpiry: 30, expired: false })
  })

  it('the same held credential counted on an anniversary cycle and on a calendar-year cycle', () => {
    const held = { status: 'held' as const, issuedAt: '2025-03-01' }
    const anniversary = rules('icrc-peer-recovery').renewal
    expect(currentCycle(anniversary, held, TODAY)).toEqual({ start: new Date('2025-03-01'), end: new Date('2027-03-01') })
    expect(currentCycle({ ...anniversary, basis: 'calendar-year' }, held, TODAY)).toEqual({ start: new Date('2025-01-01'), end: new Date('2027-01-01') })
    // A year later both have rolled over.
    expect(currentCycle(anniversary, held, '2027-03-01').start).toEqual(new Date('2027-03-01'))
    expect(currentCycle({ ...anniversary, basis: 'calendar-year' }, held, '2027-01-01').start).toEqual(new Date('2027-01-01'))
  })

  it('Pennsylvania: an expired credential reports its last cycle and negative days', () => {
    const held = { status: 'held' as const, issuedAt: '2022-01-10', expiresAt: '2024-01-09' }
    const status = renewalStatus(rules('pennsylvania-cps'), held, { credits: [], certificates: [], externalTrainings: [external('ce-peer-recovery', 24, 'approved', '2026-01-01')] }, TODAY)
    expect(status.expired).toBe(true)
    expect(status.daysToExpiry).toBeLessThan(0)
    expect(status.cycle).toEqual({ start: '2022-01-10', end: '2024-01-10' })
    expect(status.earned).toBe(0)
  })

  it('Pennsylvania: 36 hours by category, the last valid day is not expired', () => {
    const held = { status: 'held' as const, issuedAt: '2025-01-10', expiresAt: '2026-12-01' }
    const externalTrainings = [external('ce-peer-recovery', 24), external('ce-ethics', 2), external('ce-elective', 10)]
    const status = renewalStatus(rules('pennsylvania-cps'), held, { credits: [], certificates: [], externalTrainings }, TODAY)
    expect(status).toMatchObject({ earned: 36, met: false, daysToExpiry: 0, expired: false })
    expect(status.categories.filter((category) => !category.met).map((category) => category.key)).toEqual(['ce-ethics'])
  })

  it('Texas MHPS and RSPS: without a recorded expiry the cycle steps from the issue date', () => {
    for (const slug of ['texas-mhps', 'texas-rsps']) {
      const status = renewalStatus(rules(slug), { status: 'held', issuedAt: '2023-05-20' }, { credits: [], certificates: [], externalTrainings: [external('ce-ethics', 3), external('ce-general', 17)] }, TODAY)
      expect(status.cycle).toEqual({ start: '2025-05-20', end: '2027-05-20' })
      expect(status).toMatchObject({ earned: 20, required: 20, met: true, expiresOn: '2027-05-19' })
    }
  })

  it('Florida: no renewal hours entered yet, so only the expiry is tracked', () => {
    const status = renewalStatus(rules('florida-crps'), { status: 'held', issuedAt: '2026-01-15', expiresAt: '2028-01-14' }, { credits: [], certificates: [], externalTrainings: [] }, TODAY)
    expect(status).toMatchObject({ met: true, expired: false, cycle: { start: '2026-01-15', end: '2028-01-15' } })
  })
})
