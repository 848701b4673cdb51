import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "lessons" ADD COLUMN "minimum_minutes" numeric;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_minimum_minutes" numeric;
  ALTER TABLE "progress" ADD COLUMN "organization_id" integer;
  ALTER TABLE "quiz_attempts" ADD COLUMN "organization_id" integer;
  ALTER TABLE "certificates" ADD COLUMN "organization_id" integer;
  ALTER TABLE "certificates" ADD COLUMN "total_learning_seconds" numeric;
  ALTER TABLE "certificates" ADD COLUMN "evidence" jsonb;
  ALTER TABLE "progress" ADD CONSTRAINT "progress_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "progress_organization_idx" ON "progress" USING btree ("organization_id");
  CREATE INDEX "quiz_attempts_organization_idx" ON "quiz_attempts" USING btree ("organization_id");
  CREATE INDEX "certificates_organization_idx" ON "certificates" USING btree ("organization_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "progress" DROP CONSTRAINT "progress_organization_id_organizations_id_fk";
  
  ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_organization_id_organizations_id_fk";
  
  ALTER TABLE "certificates" DROP CONSTRAINT "certificates_organization_id_organizations_id_fk";
  
  DROP INDEX "progress_organization_idx";
  DROP INDEX "quiz_attempts_organization_idx";
  DROP INDEX "certificates_organization_idx";
  ALTER TABLE "lessons" DROP COLUMN "minimum_minutes";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_minimum_minutes";
  ALTER TABLE "progress" DROP COLUMN "organization_id";
  ALTER TABLE "quiz_attempts" DROP COLUMN "organization_id";
  ALTER TABLE "certificates" DROP COLUMN "organization_id";
  ALTER TABLE "certificates" DROP COLUMN "total_learning_seconds";
  ALTER TABLE "certificates" DROP COLUMN "evidence";`)
}
