import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Data only, written by hand (no schema snapshot): learning records made
 * before they carried an organization take their learner's organization now
 * (the best that is known about where they were made), and certificates
 * issued before they recorded their evidence get it from the records as they
 * stand, marked `"backfilled": true` so nobody mistakes it for evidence taken
 * at issue time.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "progress" AS r SET "organization_id" = u."organization_id"
    FROM "users" AS u WHERE r."user_id" = u."id" AND r."organization_id" IS NULL AND u."organization_id" IS NOT NULL;
  UPDATE "quiz_attempts" AS r SET "organization_id" = u."organization_id"
    FROM "users" AS u WHERE r."user_id" = u."id" AND r."organization_id" IS NULL AND u."organization_id" IS NOT NULL;
  UPDATE "certificates" AS r SET "organization_id" = u."organization_id"
    FROM "users" AS u WHERE r."user_id" = u."id" AND r."organization_id" IS NULL AND u."organization_id" IS NOT NULL;
  UPDATE "certificates" AS c SET
    "total_learning_seconds" = coalesce((
      SELECT sum(floor(p."time_spent_seconds"))::int FROM "progress" p JOIN "lessons" l ON l."id" = p."lesson_id"
       WHERE p."user_id" = c."user_id" AND l."module_id" = c."module_id" AND p."status" = 'completed'), 0),
    "evidence" = json_build_object(
      'backfilled', true,
      'totalSeconds', coalesce((
        SELECT sum(floor(p."time_spent_seconds"))::int FROM "progress" p JOIN "lessons" l ON l."id" = p."lesson_id"
         WHERE p."user_id" = c."user_id" AND l."module_id" = c."module_id" AND p."status" = 'completed'), 0),
      'lessons', coalesce((
        SELECT json_agg(json_build_object(
                 'lessonId', l."id",
                 'title', (SELECT json_object_agg(t."_locale", t."title") FROM "lessons_locales" t WHERE t."_parent_id" = l."id" AND t."title" IS NOT NULL),
                 'seconds', floor(p."time_spent_seconds")::int,
                 'startedAt', p."started_at",
                 'completedAt', p."completed_at") ORDER BY l."order", l."id")
          FROM "lessons" l JOIN "progress" p ON p."lesson_id" = l."id" AND p."user_id" = c."user_id"
         WHERE l."module_id" = c."module_id" AND p."status" = 'completed'), '[]'::json),
      'quizzes', coalesce((
        SELECT json_agg(json_build_object(
                 'quizId', q."id",
                 'title', (SELECT json_object_agg(t."_locale", t."title") FROM "quizzes_locales" t WHERE t."_parent_id" = q."id" AND t."title" IS NOT NULL),
                 'attemptsUsed', s.used,
                 'bestScore', s.best,
                 'passingScore', q."passing_score"::float8,
                 'passedAt', s.passed_at) ORDER BY q."id")
          FROM "quizzes" q
          CROSS JOIN LATERAL (SELECT count(*)::int AS used, coalesce(max(a."score"), 0)::float8 AS best,
                                     min(a."submitted_at") FILTER (WHERE a."passed") AS passed_at
                                FROM "quiz_attempts" a WHERE a."user_id" = c."user_id" AND a."quiz_id" = q."id") s
         WHERE q."module_id" = c."module_id" AND s.used > 0), '[]'::json))::jsonb
   WHERE c."evidence" IS NULL;`)
}

/** Nothing to undo: the schema migration before this one drops the columns. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
