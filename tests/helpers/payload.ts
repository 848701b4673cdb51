import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The suite's one Payload instance (all int files share a worker and a database). */
export const testPayload = (): Promise<Payload> => getPayload({ config })

let counter = 0
/** A unique address per call, so tests never trip over each other's users. */
export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}-${++counter}@test.peerpath.example`
