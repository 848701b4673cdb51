import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quizzes" ADD COLUMN "retake_after_pass" boolean DEFAULT false;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_retake_after_pass" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quizzes" DROP COLUMN "retake_after_pass";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_retake_after_pass";`)
}
