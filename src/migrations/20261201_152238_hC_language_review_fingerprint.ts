import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "modules_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;
  ALTER TABLE "lessons_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;
  ALTER TABLE "quizzes_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_quizzes_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "modules_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";
  ALTER TABLE "lessons_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";
  ALTER TABLE "quizzes_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_quizzes_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";`)
}
