import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.PAYLOAD_SECRET ||= 'peerpath-test-secret'
process.env.LOG_LEVEL ||= 'warn'
// The REST and GraphQL handlers tests call in-process start Payload's crons: no queue runs on its own
// here; tests that need one run it explicitly (src/lib/reminders/jobs.ts).
process.env.PEERPATH_JOBS = 'off'
// Lessons' minimum time on task, shortened (never switched off): a 15-minute lesson asks for 1 s.
process.env.PEERPATH_MIN_TIME_SCALE ||= '0.002'
// Uploads made by tests land in a throwaway folder, never in the working tree.
process.env.MEDIA_DIR ||= mkdtempSync(path.join(tmpdir(), 'peerpath-media-'))
