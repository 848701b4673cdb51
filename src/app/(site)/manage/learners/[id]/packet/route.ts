import { z } from 'zod'

import { managerFromRequest } from '@/app/(site)/_server/routeAuth'
import { renderPacketPdf } from '@/app/(site)/certification/renderPacketPdf'
import { jsonError } from '@/http/json'
import en from '@/i18n/messages/en.json'
import es from '@/i18n/messages/es.json'
import { personOfOrganization } from '@/lib/org/managerControls'

const Params = z.object({ id: z.coerce.number().int().positive() })
const Query = z.object({ credential: z.coerce.number().int().positive() })

/** Read from the messages directly: this route runs outside a page's request scope too (tests, scripts). */
const FILENAME = { en: en.packet.filename, es: es.packet.filename }

const notFound = () => jsonError(404, 'No such learner or credential in your organization.')

/**
 * GET /manage/learners/ID/packet?credential=ID — a learner's application
 * packet for their manager. Thin on purpose: the learner must be of the
 * manager's own organization (an admin managing one reads all), and the
 * packet itself is the learner's route's (renderPacketPdf), read with the
 * manager's access.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const manager = await managerFromRequest(request)
  if (!manager.ok) return manager.response
  const id = Params.safeParse(await params)
  const query = Query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!id.success || !query.success) return jsonError(400, 'Give the learner and the credential as numbers.')
  const { payload, user, locale } = manager
  const inOrganization = await personOfOrganization(payload, user, id.data.id).then(() => true, () => false)
  if (!inOrganization) return notFound()
  const bytes = await renderPacketPdf({ payload, learnerId: id.data.id, credentialId: query.data.credential, locale, reader: user })
  if (!bytes) return notFound()
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${FILENAME[locale]}-${id.data.id}-${query.data.credential}-${new Date().toISOString().slice(0, 10)}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
