import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "modules_locales" ADD COLUMN "language_findings" jsonb;
  ALTER TABLE "modules_locales" ADD COLUMN "language_reviewed" boolean;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_language_findings" jsonb;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_language_reviewed" boolean;
  ALTER TABLE "lessons_locales" ADD COLUMN "language_findings" jsonb;
  ALTER TABLE "lessons_locales" ADD COLUMN "language_reviewed" boolean;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_language_findings" jsonb;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_language_reviewed" boolean;
  ALTER TABLE "quizzes_locales" ADD COLUMN "language_findings" jsonb;
  ALTER TABLE "quizzes_locales" ADD COLUMN "language_reviewed" boolean;
  ALTER TABLE "_quizzes_v_locales" ADD COLUMN "version_language_findings" jsonb;
  ALTER TABLE "_quizzes_v_locales" ADD COLUMN "version_language_reviewed" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "modules_locales" DROP COLUMN "language_findings";
  ALTER TABLE "modules_locales" DROP COLUMN "language_reviewed";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_language_findings";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_language_reviewed";
  ALTER TABLE "lessons_locales" DROP COLUMN "language_findings";
  ALTER TABLE "lessons_locales" DROP COLUMN "language_reviewed";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_language_findings";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_language_reviewed";
  ALTER TABLE "quizzes_locales" DROP COLUMN "language_findings";
  ALTER TABLE "quizzes_locales" DROP COLUMN "language_reviewed";
  ALTER TABLE "_quizzes_v_locales" DROP COLUMN "version_language_findings";
  ALTER TABLE "_quizzes_v_locales" DROP COLUMN "version_language_reviewed";`)
}
