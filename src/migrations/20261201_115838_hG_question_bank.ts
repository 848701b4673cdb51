import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quizzes_questions" ADD COLUMN "lesson_id" integer;
  ALTER TABLE "quizzes_questions" ADD COLUMN "scenario" boolean DEFAULT false;
  ALTER TABLE "quizzes" ADD COLUMN "questions_per_attempt" numeric;
  ALTER TABLE "_quizzes_v_version_questions" ADD COLUMN "lesson_id" integer;
  ALTER TABLE "_quizzes_v_version_questions" ADD COLUMN "scenario" boolean DEFAULT false;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_questions_per_attempt" numeric;
  ALTER TABLE "quiz_attempts" ADD COLUMN "question_ids" jsonb;
  ALTER TABLE "quizzes_questions" ADD CONSTRAINT "quizzes_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v_version_questions" ADD CONSTRAINT "_quizzes_v_version_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "quizzes_questions_lesson_idx" ON "quizzes_questions" USING btree ("lesson_id");
  CREATE INDEX "_quizzes_v_version_questions_lesson_idx" ON "_quizzes_v_version_questions" USING btree ("lesson_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "quizzes_questions" DROP CONSTRAINT "quizzes_questions_lesson_id_lessons_id_fk";
  
  ALTER TABLE "_quizzes_v_version_questions" DROP CONSTRAINT "_quizzes_v_version_questions_lesson_id_lessons_id_fk";
  
  DROP INDEX "quizzes_questions_lesson_idx";
  DROP INDEX "_quizzes_v_version_questions_lesson_idx";
  ALTER TABLE "quizzes_questions" DROP COLUMN "lesson_id";
  ALTER TABLE "quizzes_questions" DROP COLUMN "scenario";
  ALTER TABLE "quizzes" DROP COLUMN "questions_per_attempt";
  ALTER TABLE "_quizzes_v_version_questions" DROP COLUMN "lesson_id";
  ALTER TABLE "_quizzes_v_version_questions" DROP COLUMN "scenario";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_questions_per_attempt";
  ALTER TABLE "quiz_attempts" DROP COLUMN "question_ids";`)
}
