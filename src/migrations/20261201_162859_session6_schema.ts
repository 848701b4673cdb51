import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'credential.chosen';
  ALTER TYPE "public"."enum_reminder_deliveries_kind" ADD VALUE 'credential-expiry';
  ALTER TYPE "public"."enum_reminder_deliveries_kind" ADD VALUE 'supervision-overdue';
  ALTER TYPE "public"."enum_reminder_deliveries_kind" ADD VALUE 'certificate-expiry';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCertificationReminders' BEFORE 'sendPasswordReset';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'recertifyExpiredCertificates' BEFORE 'sendPasswordReset';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCertificationReminders' BEFORE 'sendPasswordReset';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'recertifyExpiredCertificates' BEFORE 'sendPasswordReset';
  DROP INDEX "user_module_idx";
  ALTER TABLE "modules" ADD COLUMN "validity_months" numeric;
  ALTER TABLE "modules_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_modules_v" ADD COLUMN "version_validity_months" numeric;
  ALTER TABLE "_modules_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;
  ALTER TABLE "lessons_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_lessons_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;
  ALTER TABLE "quizzes_locales" ADD COLUMN "language_reviewed_fingerprint" varchar;
  ALTER TABLE "_quizzes_v_locales" ADD COLUMN "version_language_reviewed_fingerprint" varchar;
  ALTER TABLE "certificates" ADD COLUMN "expires_at" timestamp(3) with time zone;
  ALTER TABLE "certificates" ADD COLUMN "round" numeric DEFAULT 0 NOT NULL;
  ALTER TABLE "assignments" ADD COLUMN "recertifies_id" integer;
  ALTER TABLE "assignments" ADD CONSTRAINT "assignments_recertifies_id_certificates_id_fk" FOREIGN KEY ("recertifies_id") REFERENCES "public"."certificates"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "certificates_expires_at_idx" ON "certificates" USING btree ("expires_at");
  CREATE UNIQUE INDEX "user_module_round_idx" ON "certificates" USING btree ("user_id","module_id","round");
  CREATE UNIQUE INDEX "assignments_recertifies_idx" ON "assignments" USING btree ("recertifies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "assignments" DROP CONSTRAINT "assignments_recertifies_id_certificates_id_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('invitation.sent', 'invitation.accepted', 'invitation.revoked', 'user.role-changed', 'user.organization-changed', 'user.cohort-changed', 'user.deactivated', 'user.reactivated', 'cohort.created', 'cohort.renamed', 'cohort.deleted', 'assignment.created', 'assignment.updated', 'assignment.deleted', 'certificate.revoked', 'certificate.restored', 'quiz.attempt-granted', 'report.exported', 'readiness.completed', 'external-training.approved', 'external-training.rejected', 'experience.approved', 'experience.rejected', 'supervision.recorded', 'supervision.acknowledged', 'supervision.deleted');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "reminder_deliveries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_reminder_deliveries_kind";
  CREATE TYPE "public"."enum_reminder_deliveries_kind" AS ENUM('due-reminder', 'weekly-digest');
  ALTER TABLE "reminder_deliveries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_reminder_deliveries_kind" USING "kind"::"public"."enum_reminder_deliveries_kind";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendDueReminders', 'sendManagerDigests', 'sendPasswordReset');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendDueReminders', 'sendManagerDigests', 'sendPasswordReset');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "certificates_expires_at_idx";
  DROP INDEX "user_module_round_idx";
  DROP INDEX "assignments_recertifies_idx";
  CREATE UNIQUE INDEX "user_module_idx" ON "certificates" USING btree ("user_id","module_id");
  ALTER TABLE "modules" DROP COLUMN "validity_months";
  ALTER TABLE "modules_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_modules_v" DROP COLUMN "version_validity_months";
  ALTER TABLE "_modules_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";
  ALTER TABLE "lessons_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_lessons_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";
  ALTER TABLE "quizzes_locales" DROP COLUMN "language_reviewed_fingerprint";
  ALTER TABLE "_quizzes_v_locales" DROP COLUMN "version_language_reviewed_fingerprint";
  ALTER TABLE "certificates" DROP COLUMN "expires_at";
  ALTER TABLE "certificates" DROP COLUMN "round";
  ALTER TABLE "assignments" DROP COLUMN "recertifies_id";`)
}
