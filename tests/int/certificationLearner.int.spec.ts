import type { Payload } from 'payload'

import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PacketDocument } from '@/lib/credentials/packet'

import { GET as packetRoute } from '@/app/(site)/certification/packet/route'
import { acknowledgeSupervision, CERTIFICATE_MAX_BYTES, learnerRecordLists, logExperience, recordExternalTraining } from '@/app/(site)/certification/records'
import { loadPacket, renderPacketPdf } from '@/app/(site)/certification/renderPacketPdf'
import { api } from '../helpers/api'
import { completeCourse, createCourse } from '../helpers/fixtures'
import { asUser, createTeam, type Team } from '../helpers/organizations'
import { testPayload } from '../helpers/payload'

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\n%%EOF\n')
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.append(name, value)
  return data
}

const packetText = (packet: PacketDocument) => packet.blocks.map((block) => ('text' in block ? block.text : block.label)).join('\n')

/**
 * The learner's side of "My certification" (src/app/(site)/certification):
 * the record writes behind its forms, run as the learner, the lists the page
 * shows, and the application packet (route, reusable renderer, content).
 */
describe('My certification: the learner records, acknowledges and downloads the packet', () => {
  let payload: Payload
  let a: Team
  let b: Team
  let credentialId: number

  const external = (extra: Record<string, string | Blob> = {}) =>
    form({ credential: String(credentialId), domain: 'ethical-responsibility', provider: 'Recovery Academy', title: 'Ethics in peer work', date: '2026-11-10', hours: '4', ...extra })

  const counts = async () => ({
    trainings: (await payload.count({ collection: 'external-trainings', where: { learner: { equals: a.learner.user.id } } })).totalDocs,
    certificates: (await payload.count({ collection: 'training-certificates', where: { learner: { equals: a.learner.user.id } } })).totalDocs,
    experience: (await payload.count({ collection: 'experience-logs', where: { learner: { equals: a.learner.user.id } } })).totalDocs,
  })

  beforeAll(async () => {
    payload = await testPayload()
    a = await createTeam(payload, 'Packet A')
    b = await createTeam(payload, 'Packet B')
    credentialId = (await payload.find({ collection: 'credentials', where: { slug: { equals: 'icrc-peer-recovery' } }, limit: 1 })).docs[0].id
    await payload.create({ collection: 'held-credentials', data: { credential: credentialId, status: 'pursuing' } as never, ...asUser(a.learner.user) })
  })

  describe('training taken elsewhere', () => {
    it('records it with a certificate file, waiting for review, and lists it with the file', async () => {
      const state = await recordExternalTraining(payload, a.learner.user, external({ certificate: new File([PDF], 'ethics.pdf', { type: 'application/pdf' }) }))
      expect(state).toEqual({ done: 'trainingRecorded' })
      const lists = await learnerRecordLists(payload, a.learner.user, 'en')
      const recorded = lists.externalTrainings.find((training) => training.title === 'Ethics in peer work')
      expect(recorded).toMatchObject({ status: 'pending', hours: 4, domain: 'ethical-responsibility', organization: expect.anything() })
      expect(recorded?.certificateName).toMatch(/^ethics.*\.pdf$/)
    })

    it('bad input writes nothing: missing or malformed fields, a future date, a domain of no credential, a credential not chosen', async () => {
      const before = await counts()
      const future = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
      const otherCredential = (await payload.find({ collection: 'credentials', where: { id: { not_equals: credentialId } }, limit: 1 })).docs[0].id
      const attempts: [Record<string, string>, string][] = [
        [{ title: '' }, 'title'],
        [{ hours: '0' }, 'hours'],
        [{ hours: '1.3' }, 'hours'],
        [{ hours: 'lots' }, 'hours'],
        [{ date: future }, 'date'],
        [{ date: '2026-02-30' }, 'date'],
        [{ credential: String(otherCredential) }, 'credential'],
      ]
      for (const [change, field] of attempts) {
        const state = await recordExternalTraining(payload, a.learner.user, external(change))
        expect(state.error, JSON.stringify(change)).toBe('invalid')
        expect(state.fieldErrors, JSON.stringify(change)).toContain(field)
      }
      // Refused by the collection's own hook, after the certificate was stored: the file goes too.
      const wrongDomain = await recordExternalTraining(payload, a.learner.user, external({ domain: 'not-a-domain', certificate: new File([PDF], 'c.pdf', { type: 'application/pdf' }) }))
      expect(wrongDomain).toMatchObject({ error: 'invalid', fieldErrors: ['domain'] })
      expect(await counts()).toEqual(before)
    })

    it('a certificate that is not a PDF or image by its bytes, or too large, is refused and nothing is written', async () => {
      const before = await counts()
      const disguised = await recordExternalTraining(payload, a.learner.user, external({ certificate: new File([HTML], 'certificate.pdf', { type: 'application/pdf' }) }))
      expect(disguised).toEqual({ error: 'certificateType', fieldErrors: ['certificate'] })
      const huge = new File([PDF, Buffer.alloc(CERTIFICATE_MAX_BYTES)], 'big.pdf', { type: 'application/pdf' })
      expect(await recordExternalTraining(payload, a.learner.user, external({ certificate: huge }))).toEqual({ error: 'certificateTooLarge', fieldErrors: ['certificate'] })
      expect(await counts()).toEqual(before)
    })

    it('a rejected record is listed with its reason; an approved one as approved', async () => {
      await recordExternalTraining(payload, a.learner.user, external({ title: 'Weekend course', hours: '2' }))
      await recordExternalTraining(payload, a.learner.user, external({ title: 'Advocacy basics', domain: 'advocacy', hours: '3' }))
      const mine = (await learnerRecordLists(payload, a.learner.user, 'en')).externalTrainings
      const byTitle = (title: string) => mine.find((training) => training.title === title)!
      await payload.update({ collection: 'external-trainings', id: byTitle('Weekend course').id, data: { status: 'rejected', decisionReason: 'The certificate does not show the hours.' }, ...asUser(a.manager.user) })
      await payload.update({ collection: 'external-trainings', id: byTitle('Advocacy basics').id, data: { status: 'approved' }, ...asUser(a.manager.user) })
      const after = (await learnerRecordLists(payload, a.learner.user, 'en')).externalTrainings
      expect(after.find((training) => training.title === 'Weekend course')).toMatchObject({ status: 'rejected', decisionReason: 'The certificate does not show the hours.' })
      expect(after.find((training) => training.title === 'Advocacy basics')).toMatchObject({ status: 'approved' })
      // Nobody else's list shows them.
      expect((await learnerRecordLists(payload, b.learner.user, 'en')).externalTrainings).toEqual([])
    })
  })

  describe('work experience', () => {
    it('logs hours that wait for review, listed by week (Monday) with their status', async () => {
      expect(await logExperience(payload, a.learner.user, form({ date: '2026-11-16', hours: '4', setting: 'Warmline', kind: 'paid', withSimilarPeers: 'yes' }))).toEqual({ done: 'experienceLogged' })
      expect(await logExperience(payload, a.learner.user, form({ date: '2026-11-22', hours: '2.5', setting: 'Drop-in center', kind: 'volunteer', withSimilarPeers: 'no' }))).toEqual({ done: 'experienceLogged' })
      expect(await logExperience(payload, a.learner.user, form({ date: '2026-11-23', hours: '1', setting: 'Warmline', kind: 'paid', withSimilarPeers: 'no' }))).toEqual({ done: 'experienceLogged' })
      const weeks = (await learnerRecordLists(payload, a.learner.user, 'en')).experienceWeeks
      expect(weeks.map((week) => [week.weekOf, week.hours, week.entries.length])).toEqual([
        ['2026-11-23', 1, 1],
        ['2026-11-16', 6.5, 2],
      ])
      const sunday = weeks[1].entries.find((entry) => entry.setting === 'Drop-in center')!
      expect(sunday).toMatchObject({ status: 'pending', paid: false, withSimilarPeers: false, learner: a.learner.user.id })
    })

    it('bad input writes nothing', async () => {
      const before = await counts()
      const good = { date: '2026-11-17', hours: '3', setting: 'Warmline', kind: 'paid', withSimilarPeers: 'yes' }
      for (const change of [{ hours: '25' }, { hours: '-1' }, { setting: ' ' }, { kind: 'both' }, { withSimilarPeers: '' }, { date: 'yesterday' }]) {
        const state = await logExperience(payload, a.learner.user, form({ ...good, ...change }))
        expect(state.error, JSON.stringify(change)).toBe('invalid')
        expect(state.fieldErrors?.[0], JSON.stringify(change)).toBe(Object.keys(change)[0])
      }
      expect(await counts()).toEqual(before)
    })
  })

  describe('supervision', () => {
    let original: number
    let correction: number

    beforeAll(async () => {
      const session = (date: string, extra: Record<string, unknown> = {}) =>
        payload.create({
          collection: 'supervision-sessions',
          data: { learner: a.learner.user.id, date, durationMinutes: 60, format: 'individual', mode: 'remote', topics: ['skill-building'], notes: 'Practised reflective listening.', ...extra } as never,
          ...asUser(a.manager.user),
        })
      original = (await session('2026-11-18')).id
      await session('2026-11-25', { format: 'group', mode: 'in-person', durationMinutes: 90 })
    })

    it('only the learner acknowledges their own entry, once; then it is locked', async () => {
      const ack = (user: Team['learner']['user'], id: number) => acknowledgeSupervision(payload, user, form({ session: String(id) }))
      expect(await ack(b.learner.user, original)).toEqual({ error: 'notFound' })
      expect(await ack(a.manager.user, original)).toEqual({ error: 'notFound' })
      expect(await ack(a.learner.user, 999_999_999)).toEqual({ error: 'notFound' })
      expect(await acknowledgeSupervision(payload, a.learner.user, form({ session: 'x' }))).toEqual({ error: 'notFound' })
      expect((await payload.findByID({ collection: 'supervision-sessions', id: original })).acknowledged).toBe(false)

      expect(await ack(a.learner.user, original)).toEqual({ done: 'acknowledged' })
      const locked = await payload.findByID({ collection: 'supervision-sessions', id: original })
      expect(locked).toMatchObject({ acknowledged: true, acknowledgedAt: expect.any(String) })
      expect(await ack(a.learner.user, original)).toEqual({ error: 'alreadyAcknowledged' })
    })

    it('a correction is listed with the entry it corrects', async () => {
      correction = (
        await payload.create({
          collection: 'supervision-sessions',
          data: { learner: a.learner.user.id, date: '2026-11-18', durationMinutes: 45, format: 'individual', mode: 'remote', corrects: original } as never,
          ...asUser(a.manager.user),
        })
      ).id
      expect(await acknowledgeSupervision(payload, a.learner.user, form({ session: String(correction) }))).toEqual({ done: 'acknowledged' })
      const sessions = (await learnerRecordLists(payload, a.learner.user, 'en')).supervision
      expect(sessions.map((session) => session.id)).toEqual(expect.arrayContaining([original, correction]))
      expect(sessions.find((session) => session.id === correction)?.corrects).toBe(original)
      expect((await learnerRecordLists(payload, b.learner.user, 'en')).supervision).toEqual([])
    })
  })

  describe('application packet', () => {
    let certificateCode: string

    beforeAll(async () => {
      const course = await createCourse(payload)
      await payload.create({ collection: 'credit-mappings', data: { credential: credentialId, module: course.module.id, domain: 'advocacy', hours: 3 } })
      expect((await completeCourse(course, a.learner.token)).status).toBe(201)
      certificateCode = (await payload.find({ collection: 'certificates', where: { user: { equals: a.learner.user.id } } })).docs[0].code
      const experience = await payload.find({ collection: 'experience-logs', where: { learner: { equals: a.learner.user.id } } })
      for (const entry of experience.docs.filter((entry) => entry.setting === 'Warmline')) {
        await payload.update({ collection: 'experience-logs', id: entry.id, data: { status: 'approved' }, ...asUser(a.manager.user) })
      }
    })

    const packetRequest = (token: string | null, query: string, accept = 'application/pdf') =>
      packetRoute(new Request(`http://localhost/certification/packet${query}`, { headers: { ...(token ? { authorization: `JWT ${token}` } : {}), accept } }))

    it('lists training by domain with certificate codes and /verify links, approved outside training only, experience, supervision and the attestation', async () => {
      const packet = (await loadPacket({ payload, learnerId: a.learner.user.id, credentialId, locale: 'en', reader: a.learner.user }))!
      expect(packet).not.toBeNull()
      const text = packetText(packet)
      expect(packet.blocks[0]).toEqual({ kind: 'title', text: 'Certification application packet' })
      expect(text).toContain(`Name: ${a.learner.user.name}`)
      expect(text).toContain('Organization: Packet A')
      expect(text).toContain('IC&RC Peer Recovery (PR)')
      expect(text).toMatch(/Advocacy: 6 of 10 hours/)
      expect(text).toContain(`certificate ${certificateCode}, verify at `)
      expect(text).toContain(`/verify/${certificateCode}`)
      expect(text).toContain('Advocacy basics (Recovery Academy): 3 h')
      expect(text).not.toContain('Weekend course')
      expect(text).not.toContain('Ethics in peer work (')
      expect(text).toContain('Work experience: 5 of 500 approved hours')
      expect(text).toContain('Paid: 5 h · Volunteer: 0 h · Waiting for review: 2.5 h')
      // The correction stands in place of the 60-minute original; the group session waits for acknowledgement.
      expect(text).toContain('Supervision: 0.75 of 25 acknowledged hours')
      expect(text).toMatch(/November 18, 2026: 45 min, individual, remote, acknowledged by the applicant\. .*Corrects the entry of November 18, 2026/)
      expect(text).toMatch(/November 18, 2026: 60 min, .*Topics: skill building\. Supervisor: Test manager\. Replaced by a later correction/)
      expect(text).toContain("November 25, 2026: 90 min, group, in person, waiting for the applicant's acknowledgement")
      expect(text).not.toContain('Practised reflective listening')
      expect(packet.blocks.filter((block) => block.kind === 'signature').map((block) => 'label' in block && block.label)).toEqual(['Supervisor name', 'Signature', 'Date'])
      expect(text).toContain('No credentials held yet.')
    })

    it("names the credential's experience sub-requirements (Florida: with peers of similar lived experience)", async () => {
      const florida = (await payload.find({ collection: 'credentials', where: { slug: { equals: 'florida-crps' } }, limit: 1 })).docs[0].id
      expect(await loadPacket({ payload, learnerId: a.learner.user.id, credentialId: florida, locale: 'en', reader: a.learner.user })).toBeNull()
      await payload.create({ collection: 'held-credentials', data: { credential: florida, status: 'pursuing' } as never, ...asUser(a.learner.user) })
      const text = packetText((await loadPacket({ payload, learnerId: a.learner.user.id, credentialId: florida, locale: 'en', reader: a.learner.user }))!)
      expect(text).toContain('Work experience: 5 of 500 approved hours')
      expect(text).toContain('With peers of similar lived experience: 4 of 250 hours')
    })

    it('in Spanish, with held credentials by number, issue and expiry', async () => {
      const held = await payload.find({ collection: 'held-credentials', where: { learner: { equals: a.learner.user.id } } })
      await payload.update({ collection: 'held-credentials', id: held.docs[0].id, data: { status: 'held', number: 'PR-12345', issuedAt: '2026-01-15', expiresAt: '2028-01-14' } })
      const packet = (await loadPacket({ payload, learnerId: a.learner.user.id, credentialId, locale: 'es', reader: a.learner.user }))!
      const text = packetText(packet)
      expect(packet.blocks[0]).toEqual({ kind: 'title', text: 'Paquete de solicitud de certificación' })
      expect(text).toContain('Declaración de la persona supervisora')
      expect(text).toMatch(/número PR-12345, emitida el 15 de enero de 2026, vence el 14 de enero de 2028/)
      await payload.update({ collection: 'held-credentials', id: held.docs[0].id, data: { status: 'pursuing', number: null, issuedAt: null, expiresAt: null } })
    })

    it('GET /certification/packet gives the learner their own packet as a PDF', async () => {
      const response = await packetRequest(a.learner.token, `?credential=${credentialId}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="peerpath-packet-\d+-\d{4}-\d{2}-\d{2}\.pdf"$/)
      const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()))
      expect(pdf.getPageCount()).toBeGreaterThan(0)
      expect(pdf.getTitle()).toBe(`Certification application packet: ${a.learner.user.name}, IC&RC Peer Recovery (PR)`)
    })

    it('nobody gets another learner’s packet: another organization’s manager, a learner without that credential, a bad id', async () => {
      expect(await renderPacketPdf({ payload, learnerId: a.learner.user.id, credentialId, locale: 'en', reader: b.manager.user })).toBeNull()
      expect(await renderPacketPdf({ payload, learnerId: a.learner.user.id, credentialId, locale: 'en', reader: b.learner.user })).toBeNull()
      // Their own manager may (the /manage side calls the same function).
      expect(await renderPacketPdf({ payload, learnerId: a.learner.user.id, credentialId, locale: 'en', reader: a.manager.user })).toBeInstanceOf(Uint8Array)

      for (const query of [`?credential=${credentialId}`, '?credential=abc', '']) {
        const response = await packetRequest(b.learner.token, query, 'text/html')
        expect(response.status, query).toBe(404)
        expect(response.headers.get('content-type'), query).toMatch(/^text\/html/)
        const body = await response.text()
        expect(body).toContain('This application packet is not available')
        expect(body).not.toContain(a.learner.user.name)
      }
      const spanish = await packetRoute(new Request(`http://localhost/certification/packet?credential=${credentialId}`, { headers: { authorization: `JWT ${b.learner.token}`, 'accept-language': 'es' } }))
      expect(await spanish.text()).toContain('Este paquete de solicitud no está disponible')
      expect((await packetRequest(null, `?credential=${credentialId}`)).status).toBe(401)
      // And REST never exposes A's records to B either (the packet's sources).
      expect((await api('GET', `/supervision-sessions?where[learner][equals]=${a.learner.user.id}`, { token: b.manager.token })).body.totalDocs).toBe(0)
    })
  })
})
