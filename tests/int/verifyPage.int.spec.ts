import { describe, expect, it } from 'vitest'

import { verificationFor } from '@/app/(site)/verify/[code]/verification'
import { api } from '../helpers/api'
import { completeCourse, createCourse, createUser } from '../helpers/fixtures'
import { testPayload } from '../helpers/payload'

/**
 * /verify/CODE: the page's own logic (src/app/(site)/verify/[code]/verification.ts).
 * Next turns `notFound()` into a 404 with the not-found.tsx beside the page;
 * the browser suite (tests/e2e/learner.e2e.spec.ts) checks the status itself.
 */

/** What `notFound()` throws: Next's HTTP fallback error for 404. */
const isNotFound = (error: unknown) => (error as { digest?: unknown })?.digest === 'NEXT_HTTP_ERROR_FALLBACK;404'

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (certificate) => ({ found: certificate }),
    (error: unknown) => (isNotFound(error) ? 'not-found' : { error }),
  )

describe('/verify/CODE', () => {
  it('an unknown or malformed code is not found (a 404), a valid one is shown, a revoked one is shown as revoked', async () => {
    const payload = await testPayload()
    for (const code of ['UNKNOWN', 'AAAAA-BBBBB-CCCCC-DDDDD', '', '%E0%A4%A', "' or 1=1 --", 'aaaaa-bbbbb-ccccc-ddddd-eeeee']) {
      expect(await outcome(verificationFor(payload, code, 'en')), code).toBe('not-found')
    }

    const course = await createCourse(payload)
    const learner = await createUser(payload, 'learner', { name: 'Ana Ruiz' })
    const { body } = await completeCourse(course, learner.token)
    const code = body.certificate.code as string
    // Lower case and percent-encoded, as a link or a typed address may carry it.
    expect(await outcome(verificationFor(payload, encodeURIComponent(code.toLowerCase()), 'en'))).toEqual({
      found: expect.objectContaining({ code, learnerName: 'Ana Ruiz', revoked: false }),
    })

    await payload.update({ collection: 'certificates', id: body.certificate.id, data: { revoked: true, revokedReason: 'Issued in error' } })
    expect(await outcome(verificationFor(payload, code, 'en'))).toEqual({ found: expect.objectContaining({ code, revoked: true }) })
    // Revoking went through the API's own rule, not around it: a learner still cannot un-revoke.
    expect((await api('PATCH', `/certificates/${body.certificate.id}`, { token: learner.token, body: { revoked: false } })).status).toBe(403)
  })
})
