import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Data only, written by hand (no schema snapshot): lessons and quizzes take
 * their module's published organization again. Until this release a draft
 * save of a module copied its draft organization onto its published lessons
 * and quizzes at once, so a database may hold some that are readable by the
 * wrong organization, or by everyone. The module's main row is what is
 * published (Payload writes drafts to the versions table only).
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  UPDATE "lessons" AS child SET "organization_id" = module."organization_id"
    FROM "modules" AS module
   WHERE child."module_id" = module."id" AND child."organization_id" IS DISTINCT FROM module."organization_id";
  UPDATE "quizzes" AS child SET "organization_id" = module."organization_id"
    FROM "modules" AS module
   WHERE child."module_id" = module."id" AND child."organization_id" IS DISTINCT FROM module."organization_id";`)
}

/** Nothing to undo: the organizations it restored are the ones the published modules say. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
