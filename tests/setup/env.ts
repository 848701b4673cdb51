import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ||= 'peerpath-test-secret'
process.env.LOG_LEVEL ||= 'warn'
