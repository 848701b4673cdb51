import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { buildConfig } from 'payload'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import sharp from 'sharp'

import { AttemptGrants } from './collections/AttemptGrants'
import { Assignments } from './collections/Assignments'
import { AuditEvents } from './collections/AuditEvents'
import { Certificates } from './collections/Certificates'
import { Cohorts } from './collections/Cohorts'
import { Competencies } from './collections/Competencies'
import { CreditMappings } from './collections/CreditMappings'
import { Credentials } from './collections/Credentials'
import { ExperienceLogs } from './collections/ExperienceLogs'
import { ExternalTrainings } from './collections/ExternalTrainings'
import { HeldCredentials } from './collections/HeldCredentials'
import { Lessons } from './collections/Lessons'
import { Invitations } from './collections/Invitations'
import { Media, MEDIA_MAX_BYTES } from './collections/Media'
import { Modules } from './collections/Modules'
import { Organizations } from './collections/Organizations'
import { Paths } from './collections/Paths'
import { Progress } from './collections/Progress'
import { QuizAttempts } from './collections/QuizAttempts'
import { Quizzes } from './collections/Quizzes'
import { ReadinessAssessments } from './collections/ReadinessAssessments'
import { ReminderDeliveries } from './collections/ReminderDeliveries'
import { SupervisionSessions } from './collections/SupervisionSessions'
import { TrainingCertificates } from './collections/TrainingCertificates'
import { Users } from './collections/Users'
import { forgotPasswordMutation } from './collections/Users/endpoints/forgotPasswordMutation'
import { peerPathEmailAdapter } from './src/lib/email'
import { addErrorSummary } from './src/http/errorShape'
import { graphqlBoundsRule } from './src/http/graphqlBounds'
import { jobs } from './src/lib/reminders/jobs'
import { migrations } from './src/migrations'

// @payloadcms/storage-s3 is published only up to 3.90.1; package.json overrides its
// payload peer to 3.90.2, so the dev-time version checker would refuse to start.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER ??= 'true'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const port = process.env.PORT || '3000'
const publicUrl = process.env.PUBLIC_URL || ''

export default buildConfig({
  serverURL: publicUrl,
  // The server sets PAYLOAD_SECRET before Payload loads (src/db/payloadSecret.ts); only commands that
  // never sign a session (types, migrations, seed) run without one.
  secret: process.env.PAYLOAD_SECRET || 'peerpath-commands-without-sessions',
  admin: {
    user: Users.slug,
    avatar: 'default',
    meta: { titleSuffix: ' · PeerPath' },
    importMap: { baseDir: path.resolve(dirname, 'src') },
  },
  // The admin in English or Spanish (the trainer picks it under Account; a Spanish browser starts in it).
  // Curriculum labels and help texts are written as { en, es } for it.
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
  collections: [
    Users,
    Organizations,
    Modules,
    Lessons,
    Quizzes,
    Competencies,
    Media,
    Progress,
    QuizAttempts,
    Certificates,
    Paths,
    Cohorts,
    Assignments,
    Invitations,
    ReadinessAssessments,
    AuditEvents,
    ReminderDeliveries,
    Credentials,
    CreditMappings,
    HeldCredentials,
    TrainingCertificates,
    ExternalTrainings,
    ExperienceLogs,
    SupervisionSessions,
    AttemptGrants,
  ],
  jobs,
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
    ],
    defaultLocale: 'en',
    fallback: true,
  },
  db: postgresAdapter({
    pool: {
      connectionString: process.env.DATABASE_URL || '',
      max: Number(process.env.DB_POOL_MAX || 10),
      // How long a request waits for a pooled connection before it gets a 503; scripts run by tests on a busy machine allow more.
      connectionTimeoutMillis: Number(process.env.DB_CONNECT_TIMEOUT_MS || 5000),
    },
    migrationDir: path.resolve(dirname, 'src/migrations'),
    // The schema is pushed only by the development server; everywhere else committed migrations rule.
    push: process.env.NODE_ENV === 'development',
    prodMigrations: migrations,
  }),
  email: peerPathEmailAdapter,
  sharp,
  // Cookie-authenticated requests are accepted only from these origins.
  // With PUBLIC_URL set it is the only origin; without it, the local addresses a developer uses.
  csrf: publicUrl ? [publicUrl] : [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
  cors: publicUrl ? [publicUrl] : [],
  maxDepth: 4,
  defaultDepth: 1,
  graphQL: {
    maxComplexity: 600,
    // Aliases, limits, documents and bytes per request, by role (src/http/graphqlBounds.ts).
    validationRules: (args) => [graphqlBoundsRule(args)],
    // Replaces Payload's forgotPasswordUser: the same answer and time for every email, as over REST.
    mutations: forgotPasswordMutation,
    disablePlaygroundInProduction: true,
  },
  upload: { limits: { fileSize: MEDIA_MAX_BYTES } },
  plugins: [
    s3Storage({
      enabled: Boolean(process.env.S3_BUCKET),
      collections: { media: true },
      bucket: process.env.S3_BUCKET || '',
      config: {
        endpoint: process.env.S3_ENDPOINT || undefined,
        region: process.env.S3_REGION || 'us-east-1',
        forcePathStyle: Boolean(process.env.S3_ENDPOINT),
        credentials: {
          accessKeyId: process.env.S3_ACCESS_KEY_ID || '',
          secretAccessKey: process.env.S3_SECRET_ACCESS_KEY || '',
        },
      },
    }),
  ],
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  hooks: { afterError: [addErrorSummary] },
  // The client's mistakes are worth a line at info level, not an error with a stack.
  loggingLevels: {
    AuthenticationError: 'info',
    Forbidden: 'info',
    LockedAuth: 'warn',
    NotFound: 'info',
    QueryError: 'info',
    ValidationError: 'info',
    // PeerPath's 409 for deleting curriculum in use (collections/shared/hooks/refuseDeleteWithDependents.ts);
    // Payload's type knows only its own error names.
    // and the sign-in / reset / invitation limits' 429 (collections/shared/rethrowForPayload.ts).
    // a deactivated person's refused sign-in, and an acknowledged supervision entry's 409 (collections/SupervisionSessions/hooks/lockAcknowledged.ts).
    ...({ AccountDeactivated: 'info', CurriculumInUse: 'info', SupervisionEntryLocked: 'info', TooManyAttempts: 'info' } as Record<string, 'info'>),
  },
  // Payload's default pretty logger, unless a level is asked for (tests ask for 'warn').
  logger: process.env.LOG_LEVEL ? { options: { level: process.env.LOG_LEVEL } } : undefined,
  telemetry: false,
})
