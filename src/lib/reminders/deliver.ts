import type { Payload } from 'payload'

import { pgPool } from '@/lib/db'
import { claimDelivery, type DeliveryKind, releaseDelivery } from './claim'

export interface Delivery {
  kind: DeliveryKind
  recipient: { id: number; email: string }
  /** What the reminder is about (a held credential, a certificate): part of the once-only key. */
  subject: string
  period: string
  message: { subject: string; html: string }
}

/**
 * Claims, then sends. Only the run whose claim wins sends, so a reminder goes
 * once however many runs or instances race; a failed send gives its claim
 * back for the next run. Returns whether this call sent it.
 */
export const deliverOnce = async (payload: Payload, delivery: Delivery): Promise<boolean> => {
  const pool = pgPool(payload)
  const claim = await claimDelivery(pool, { kind: delivery.kind, recipient: delivery.recipient.id, assignment: null, subject: delivery.subject, period: delivery.period })
  if (claim === null) return false
  try {
    await payload.sendEmail({ to: delivery.recipient.email, ...delivery.message })
    return true
  } catch (error) {
    await releaseDelivery(pool, claim)
    payload.logger.error({ err: error, kind: delivery.kind, recipient: delivery.recipient.id, subject: delivery.subject }, 'reminder not sent')
    return false
  }
}
