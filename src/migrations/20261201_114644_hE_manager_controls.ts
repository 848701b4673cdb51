import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.deactivated' BEFORE 'cohort.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.reactivated' BEFORE 'cohort.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'cohort.renamed' BEFORE 'cohort.deleted';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'quiz.attempt-granted' BEFORE 'report.exported';
  CREATE TABLE "attempt_grants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organization_id" integer NOT NULL,
  	"learner_id" integer NOT NULL,
  	"quiz_id" integer NOT NULL,
  	"granted_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp(3) with time zone;
  ALTER TABLE "organizations" ADD COLUMN "time_zone" varchar DEFAULT 'America/New_York';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attempt_grants_id" integer;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "attempt_grants_organization_idx" ON "attempt_grants" USING btree ("organization_id");
  CREATE INDEX "attempt_grants_learner_idx" ON "attempt_grants" USING btree ("learner_id");
  CREATE INDEX "attempt_grants_quiz_idx" ON "attempt_grants" USING btree ("quiz_id");
  CREATE INDEX "attempt_grants_granted_by_idx" ON "attempt_grants" USING btree ("granted_by_id");
  CREATE INDEX "attempt_grants_updated_at_idx" ON "attempt_grants" USING btree ("updated_at");
  CREATE INDEX "attempt_grants_created_at_idx" ON "attempt_grants" USING btree ("created_at");
  CREATE INDEX "learner_quiz_idx" ON "attempt_grants" USING btree ("learner_id","quiz_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attempt_grants_fk" FOREIGN KEY ("attempt_grants_id") REFERENCES "public"."attempt_grants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_deactivated_at_idx" ON "users" USING btree ("deactivated_at");
  CREATE INDEX "payload_locked_documents_rels_attempt_grants_id_idx" ON "payload_locked_documents_rels" USING btree ("attempt_grants_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attempt_grants" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "attempt_grants" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attempt_grants_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('invitation.sent', 'invitation.accepted', 'invitation.revoked', 'user.role-changed', 'user.organization-changed', 'user.cohort-changed', 'cohort.created', 'cohort.deleted', 'assignment.created', 'assignment.updated', 'assignment.deleted', 'certificate.revoked', 'certificate.restored', 'report.exported', 'readiness.completed');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  DROP INDEX "users_deactivated_at_idx";
  DROP INDEX "payload_locked_documents_rels_attempt_grants_id_idx";
  ALTER TABLE "users" DROP COLUMN "deactivated_at";
  ALTER TABLE "organizations" DROP COLUMN "time_zone";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attempt_grants_id";`)
}
