import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Counters for the sign-in, reset and invitation rate limits (src/http/rateLimit.ts),
 * shared by every instance on this database. Written by hand: the table is not a
 * Payload collection, so this migration has no schema snapshot (.json) and the next
 * `migrate:create` diffs against the previous one. Its own schema keeps it out of
 * Payload's development push, which compares `public` only. The columns are what
 * rate-limiter-flexible's Postgres store reads and writes; `expire` is epoch ms.
 * UNLOGGED: counters are not worth a WAL flush per sign-in attempt, and after a
 * crash (when Postgres empties unlogged tables) they simply start again.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE SCHEMA IF NOT EXISTS "rate_limit";
  CREATE UNLOGGED TABLE IF NOT EXISTS "rate_limit"."buckets" (
  	"key" varchar(255) PRIMARY KEY NOT NULL,
  	"points" integer DEFAULT 0 NOT NULL,
  	"expire" bigint
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP SCHEMA IF EXISTS "rate_limit" CASCADE;`)
}
