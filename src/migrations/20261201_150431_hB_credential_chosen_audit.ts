import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'credential.chosen';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('invitation.sent', 'invitation.accepted', 'invitation.revoked', 'user.role-changed', 'user.organization-changed', 'user.cohort-changed', 'user.deactivated', 'user.reactivated', 'cohort.created', 'cohort.renamed', 'cohort.deleted', 'assignment.created', 'assignment.updated', 'assignment.deleted', 'certificate.revoked', 'certificate.restored', 'quiz.attempt-granted', 'report.exported', 'readiness.completed', 'external-training.approved', 'external-training.rejected', 'experience.approved', 'experience.rejected', 'supervision.recorded', 'supervision.acknowledged', 'supervision.deleted');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";`)
}
