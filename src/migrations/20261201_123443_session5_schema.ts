import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_credentials_experience_requirements_condition" AS ENUM('with-similar-peers', 'paid', 'volunteer');
  CREATE TYPE "public"."enum_credentials_supervision_cadence_initial" AS ENUM('none', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_credentials_supervision_cadence_after" AS ENUM('none', 'weekly', 'monthly');
  CREATE TYPE "public"."enum_credentials_renewal_basis" AS ENUM('anniversary', 'calendar-year');
  CREATE TYPE "public"."enum_held_credentials_status" AS ENUM('pursuing', 'held');
  CREATE TYPE "public"."enum_external_trainings_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_experience_logs_status" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_supervision_sessions_topics" AS ENUM('case-and-activity-review', 'skill-building', 'problem-resolution', 'professional-growth');
  CREATE TYPE "public"."enum_supervision_sessions_format" AS ENUM('individual', 'group');
  CREATE TYPE "public"."enum_supervision_sessions_mode" AS ENUM('in-person', 'remote');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.deactivated' BEFORE 'cohort.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'user.reactivated' BEFORE 'cohort.created';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'cohort.renamed' BEFORE 'cohort.deleted';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'quiz.attempt-granted' BEFORE 'report.exported';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'external-training.approved';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'external-training.rejected';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'experience.approved';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'experience.rejected';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'supervision.recorded';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'supervision.acknowledged';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE 'supervision.deleted';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendPasswordReset';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendPasswordReset';
  CREATE TABLE "credentials_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hours" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "credentials_domains_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "credentials_experience_requirements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"condition" "enum_credentials_experience_requirements_condition" NOT NULL,
  	"hours" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "credentials_renewal_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"hours" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "credentials_renewal_categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "credentials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"board" varchar NOT NULL,
  	"jurisdiction" varchar NOT NULL,
  	"source_url" varchar NOT NULL,
  	"as_of" timestamp(3) with time zone NOT NULL,
  	"organization_id" integer,
  	"experience_hours" numeric DEFAULT 0 NOT NULL,
  	"supervision_hours" numeric DEFAULT 0 NOT NULL,
  	"supervision_cadence_initial" "enum_credentials_supervision_cadence_initial" DEFAULT 'none' NOT NULL,
  	"supervision_cadence_after" "enum_credentials_supervision_cadence_after" DEFAULT 'none' NOT NULL,
  	"exam_required" boolean DEFAULT false,
  	"exam_name" varchar,
  	"renewal_cycle_months" numeric DEFAULT 24 NOT NULL,
  	"renewal_basis" "enum_credentials_renewal_basis" DEFAULT 'anniversary' NOT NULL,
  	"renewal_ce_hours" numeric DEFAULT 0 NOT NULL,
  	"shipped_content_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "credentials_locales" (
  	"name" varchar NOT NULL,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "credit_mappings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credential_id" integer NOT NULL,
  	"module_id" integer NOT NULL,
  	"domain" varchar NOT NULL,
  	"hours" numeric NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "held_credentials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"learner_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"credential_id" integer NOT NULL,
  	"status" "enum_held_credentials_status" DEFAULT 'pursuing' NOT NULL,
  	"number" varchar,
  	"issued_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "training_certificates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"learner_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "external_trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"learner_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"credential_id" integer NOT NULL,
  	"domain" varchar NOT NULL,
  	"provider" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"hours" numeric NOT NULL,
  	"certificate_id" integer,
  	"status" "enum_external_trainings_status" DEFAULT 'pending' NOT NULL,
  	"decision_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "experience_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"learner_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"week_of" timestamp(3) with time zone,
  	"hours" numeric NOT NULL,
  	"setting" varchar NOT NULL,
  	"paid" boolean DEFAULT false,
  	"with_similar_peers" boolean DEFAULT false,
  	"status" "enum_experience_logs_status" DEFAULT 'pending' NOT NULL,
  	"decision_reason" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supervision_sessions_topics" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_supervision_sessions_topics",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "supervision_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"learner_id" integer NOT NULL,
  	"organization_id" integer NOT NULL,
  	"supervisor_id" integer,
  	"date" timestamp(3) with time zone NOT NULL,
  	"duration_minutes" numeric NOT NULL,
  	"format" "enum_supervision_sessions_format" DEFAULT 'individual' NOT NULL,
  	"mode" "enum_supervision_sessions_mode" DEFAULT 'in-person' NOT NULL,
  	"notes" varchar,
  	"corrects_id" integer,
  	"acknowledged" boolean DEFAULT false,
  	"acknowledged_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
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
  ALTER TABLE "lessons" ADD COLUMN "minimum_minutes" numeric;
  ALTER TABLE "_lessons_v" ADD COLUMN "version_minimum_minutes" numeric;
  ALTER TABLE "quizzes_questions" ADD COLUMN "lesson_id" integer;
  ALTER TABLE "quizzes_questions" ADD COLUMN "scenario" boolean DEFAULT false;
  ALTER TABLE "quizzes" ADD COLUMN "questions_per_attempt" numeric;
  ALTER TABLE "quizzes" ADD COLUMN "retake_after_pass" boolean DEFAULT false;
  ALTER TABLE "_quizzes_v_version_questions" ADD COLUMN "lesson_id" integer;
  ALTER TABLE "_quizzes_v_version_questions" ADD COLUMN "scenario" boolean DEFAULT false;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_questions_per_attempt" numeric;
  ALTER TABLE "_quizzes_v" ADD COLUMN "version_retake_after_pass" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "organization_id" integer;
  ALTER TABLE "progress" ADD COLUMN "organization_id" integer;
  ALTER TABLE "quiz_attempts" ADD COLUMN "question_ids" jsonb;
  ALTER TABLE "quiz_attempts" ADD COLUMN "organization_id" integer;
  ALTER TABLE "certificates" ADD COLUMN "organization_id" integer;
  ALTER TABLE "certificates" ADD COLUMN "total_learning_seconds" numeric;
  ALTER TABLE "certificates" ADD COLUMN "evidence" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "credentials_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "credit_mappings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "held_credentials_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "training_certificates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "external_trainings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "experience_logs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "supervision_sessions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attempt_grants_id" integer;
  ALTER TABLE "credentials_domains" ADD CONSTRAINT "credentials_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credentials_domains_locales" ADD CONSTRAINT "credentials_domains_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials_domains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credentials_experience_requirements" ADD CONSTRAINT "credentials_experience_requirements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credentials_renewal_categories" ADD CONSTRAINT "credentials_renewal_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credentials_renewal_categories_locales" ADD CONSTRAINT "credentials_renewal_categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials_renewal_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credentials" ADD CONSTRAINT "credentials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credentials_locales" ADD CONSTRAINT "credentials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "credit_mappings" ADD CONSTRAINT "credit_mappings_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credit_mappings" ADD CONSTRAINT "credit_mappings_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "credit_mappings" ADD CONSTRAINT "credit_mappings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "held_credentials" ADD CONSTRAINT "held_credentials_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "training_certificates" ADD CONSTRAINT "training_certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_credential_id_credentials_id_fk" FOREIGN KEY ("credential_id") REFERENCES "public"."credentials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_certificate_id_training_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."training_certificates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "external_trainings" ADD CONSTRAINT "external_trainings_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_logs" ADD CONSTRAINT "experience_logs_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_logs" ADD CONSTRAINT "experience_logs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "experience_logs" ADD CONSTRAINT "experience_logs_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_sessions_topics" ADD CONSTRAINT "supervision_sessions_topics_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "supervision_sessions" ADD CONSTRAINT "supervision_sessions_corrects_id_supervision_sessions_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_learner_id_users_id_fk" FOREIGN KEY ("learner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "attempt_grants" ADD CONSTRAINT "attempt_grants_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "credentials_domains_order_idx" ON "credentials_domains" USING btree ("_order");
  CREATE INDEX "credentials_domains_parent_id_idx" ON "credentials_domains" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "credentials_domains_locales_locale_parent_id_unique" ON "credentials_domains_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "credentials_experience_requirements_order_idx" ON "credentials_experience_requirements" USING btree ("_order");
  CREATE INDEX "credentials_experience_requirements_parent_id_idx" ON "credentials_experience_requirements" USING btree ("_parent_id");
  CREATE INDEX "credentials_renewal_categories_order_idx" ON "credentials_renewal_categories" USING btree ("_order");
  CREATE INDEX "credentials_renewal_categories_parent_id_idx" ON "credentials_renewal_categories" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "credentials_renewal_categories_locales_locale_parent_id_uniq" ON "credentials_renewal_categories_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "credentials_slug_idx" ON "credentials" USING btree ("slug");
  CREATE INDEX "credentials_organization_idx" ON "credentials" USING btree ("organization_id");
  CREATE INDEX "credentials_updated_at_idx" ON "credentials" USING btree ("updated_at");
  CREATE INDEX "credentials_created_at_idx" ON "credentials" USING btree ("created_at");
  CREATE UNIQUE INDEX "credentials_locales_locale_parent_id_unique" ON "credentials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "credit_mappings_credential_idx" ON "credit_mappings" USING btree ("credential_id");
  CREATE INDEX "credit_mappings_module_idx" ON "credit_mappings" USING btree ("module_id");
  CREATE INDEX "credit_mappings_organization_idx" ON "credit_mappings" USING btree ("organization_id");
  CREATE INDEX "credit_mappings_updated_at_idx" ON "credit_mappings" USING btree ("updated_at");
  CREATE INDEX "credit_mappings_created_at_idx" ON "credit_mappings" USING btree ("created_at");
  CREATE UNIQUE INDEX "credential_module_domain_idx" ON "credit_mappings" USING btree ("credential_id","module_id","domain");
  CREATE INDEX "held_credentials_learner_idx" ON "held_credentials" USING btree ("learner_id");
  CREATE INDEX "held_credentials_organization_idx" ON "held_credentials" USING btree ("organization_id");
  CREATE INDEX "held_credentials_credential_idx" ON "held_credentials" USING btree ("credential_id");
  CREATE INDEX "held_credentials_expires_at_idx" ON "held_credentials" USING btree ("expires_at");
  CREATE INDEX "held_credentials_updated_at_idx" ON "held_credentials" USING btree ("updated_at");
  CREATE INDEX "held_credentials_created_at_idx" ON "held_credentials" USING btree ("created_at");
  CREATE UNIQUE INDEX "learner_credential_idx" ON "held_credentials" USING btree ("learner_id","credential_id");
  CREATE INDEX "training_certificates_learner_idx" ON "training_certificates" USING btree ("learner_id");
  CREATE INDEX "training_certificates_organization_idx" ON "training_certificates" USING btree ("organization_id");
  CREATE INDEX "training_certificates_updated_at_idx" ON "training_certificates" USING btree ("updated_at");
  CREATE INDEX "training_certificates_created_at_idx" ON "training_certificates" USING btree ("created_at");
  CREATE UNIQUE INDEX "training_certificates_filename_idx" ON "training_certificates" USING btree ("filename");
  CREATE INDEX "external_trainings_learner_idx" ON "external_trainings" USING btree ("learner_id");
  CREATE INDEX "external_trainings_organization_idx" ON "external_trainings" USING btree ("organization_id");
  CREATE INDEX "external_trainings_credential_idx" ON "external_trainings" USING btree ("credential_id");
  CREATE INDEX "external_trainings_certificate_idx" ON "external_trainings" USING btree ("certificate_id");
  CREATE INDEX "external_trainings_status_idx" ON "external_trainings" USING btree ("status");
  CREATE INDEX "external_trainings_decided_by_idx" ON "external_trainings" USING btree ("decided_by_id");
  CREATE INDEX "external_trainings_updated_at_idx" ON "external_trainings" USING btree ("updated_at");
  CREATE INDEX "external_trainings_created_at_idx" ON "external_trainings" USING btree ("created_at");
  CREATE INDEX "organization_status_idx" ON "external_trainings" USING btree ("organization_id","status");
  CREATE INDEX "experience_logs_learner_idx" ON "experience_logs" USING btree ("learner_id");
  CREATE INDEX "experience_logs_organization_idx" ON "experience_logs" USING btree ("organization_id");
  CREATE INDEX "experience_logs_week_of_idx" ON "experience_logs" USING btree ("week_of");
  CREATE INDEX "experience_logs_status_idx" ON "experience_logs" USING btree ("status");
  CREATE INDEX "experience_logs_decided_by_idx" ON "experience_logs" USING btree ("decided_by_id");
  CREATE INDEX "experience_logs_updated_at_idx" ON "experience_logs" USING btree ("updated_at");
  CREATE INDEX "experience_logs_created_at_idx" ON "experience_logs" USING btree ("created_at");
  CREATE INDEX "organization_weekOf_idx" ON "experience_logs" USING btree ("organization_id","week_of");
  CREATE INDEX "supervision_sessions_topics_order_idx" ON "supervision_sessions_topics" USING btree ("order");
  CREATE INDEX "supervision_sessions_topics_parent_idx" ON "supervision_sessions_topics" USING btree ("parent_id");
  CREATE INDEX "supervision_sessions_learner_idx" ON "supervision_sessions" USING btree ("learner_id");
  CREATE INDEX "supervision_sessions_organization_idx" ON "supervision_sessions" USING btree ("organization_id");
  CREATE INDEX "supervision_sessions_supervisor_idx" ON "supervision_sessions" USING btree ("supervisor_id");
  CREATE INDEX "supervision_sessions_corrects_idx" ON "supervision_sessions" USING btree ("corrects_id");
  CREATE INDEX "supervision_sessions_acknowledged_idx" ON "supervision_sessions" USING btree ("acknowledged");
  CREATE INDEX "supervision_sessions_updated_at_idx" ON "supervision_sessions" USING btree ("updated_at");
  CREATE INDEX "supervision_sessions_created_at_idx" ON "supervision_sessions" USING btree ("created_at");
  CREATE INDEX "organization_date_idx" ON "supervision_sessions" USING btree ("organization_id","date");
  CREATE INDEX "attempt_grants_organization_idx" ON "attempt_grants" USING btree ("organization_id");
  CREATE INDEX "attempt_grants_learner_idx" ON "attempt_grants" USING btree ("learner_id");
  CREATE INDEX "attempt_grants_quiz_idx" ON "attempt_grants" USING btree ("quiz_id");
  CREATE INDEX "attempt_grants_granted_by_idx" ON "attempt_grants" USING btree ("granted_by_id");
  CREATE INDEX "attempt_grants_updated_at_idx" ON "attempt_grants" USING btree ("updated_at");
  CREATE INDEX "attempt_grants_created_at_idx" ON "attempt_grants" USING btree ("created_at");
  CREATE INDEX "learner_quiz_idx" ON "attempt_grants" USING btree ("learner_id","quiz_id");
  ALTER TABLE "quizzes_questions" ADD CONSTRAINT "quizzes_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_quizzes_v_version_questions" ADD CONSTRAINT "_quizzes_v_version_questions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "progress" ADD CONSTRAINT "progress_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "certificates" ADD CONSTRAINT "certificates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credentials_fk" FOREIGN KEY ("credentials_id") REFERENCES "public"."credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_credit_mappings_fk" FOREIGN KEY ("credit_mappings_id") REFERENCES "public"."credit_mappings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_held_credentials_fk" FOREIGN KEY ("held_credentials_id") REFERENCES "public"."held_credentials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_training_certificates_fk" FOREIGN KEY ("training_certificates_id") REFERENCES "public"."training_certificates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_external_trainings_fk" FOREIGN KEY ("external_trainings_id") REFERENCES "public"."external_trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_experience_logs_fk" FOREIGN KEY ("experience_logs_id") REFERENCES "public"."experience_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supervision_sessions_fk" FOREIGN KEY ("supervision_sessions_id") REFERENCES "public"."supervision_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attempt_grants_fk" FOREIGN KEY ("attempt_grants_id") REFERENCES "public"."attempt_grants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_deactivated_at_idx" ON "users" USING btree ("deactivated_at");
  CREATE INDEX "quizzes_questions_lesson_idx" ON "quizzes_questions" USING btree ("lesson_id");
  CREATE INDEX "_quizzes_v_version_questions_lesson_idx" ON "_quizzes_v_version_questions" USING btree ("lesson_id");
  CREATE INDEX "media_organization_idx" ON "media" USING btree ("organization_id");
  CREATE INDEX "progress_organization_idx" ON "progress" USING btree ("organization_id");
  CREATE INDEX "quiz_attempts_organization_idx" ON "quiz_attempts" USING btree ("organization_id");
  CREATE INDEX "certificates_organization_idx" ON "certificates" USING btree ("organization_id");
  CREATE INDEX "payload_locked_documents_rels_credentials_id_idx" ON "payload_locked_documents_rels" USING btree ("credentials_id");
  CREATE INDEX "payload_locked_documents_rels_credit_mappings_id_idx" ON "payload_locked_documents_rels" USING btree ("credit_mappings_id");
  CREATE INDEX "payload_locked_documents_rels_held_credentials_id_idx" ON "payload_locked_documents_rels" USING btree ("held_credentials_id");
  CREATE INDEX "payload_locked_documents_rels_training_certificates_id_idx" ON "payload_locked_documents_rels" USING btree ("training_certificates_id");
  CREATE INDEX "payload_locked_documents_rels_external_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("external_trainings_id");
  CREATE INDEX "payload_locked_documents_rels_experience_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("experience_logs_id");
  CREATE INDEX "payload_locked_documents_rels_supervision_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("supervision_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_attempt_grants_id_idx" ON "payload_locked_documents_rels" USING btree ("attempt_grants_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "credentials_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials_domains_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials_experience_requirements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials_renewal_categories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials_renewal_categories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credentials_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "credit_mappings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "held_credentials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "training_certificates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "external_trainings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "experience_logs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "supervision_sessions_topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "supervision_sessions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "attempt_grants" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "credentials_domains" CASCADE;
  DROP TABLE "credentials_domains_locales" CASCADE;
  DROP TABLE "credentials_experience_requirements" CASCADE;
  DROP TABLE "credentials_renewal_categories" CASCADE;
  DROP TABLE "credentials_renewal_categories_locales" CASCADE;
  DROP TABLE "credentials" CASCADE;
  DROP TABLE "credentials_locales" CASCADE;
  DROP TABLE "credit_mappings" CASCADE;
  DROP TABLE "held_credentials" CASCADE;
  DROP TABLE "training_certificates" CASCADE;
  DROP TABLE "external_trainings" CASCADE;
  DROP TABLE "experience_logs" CASCADE;
  DROP TABLE "supervision_sessions_topics" CASCADE;
  DROP TABLE "supervision_sessions" CASCADE;
  DROP TABLE "attempt_grants" CASCADE;
  ALTER TABLE "quizzes_questions" DROP CONSTRAINT "quizzes_questions_lesson_id_lessons_id_fk";
  
  ALTER TABLE "_quizzes_v_version_questions" DROP CONSTRAINT "_quizzes_v_version_questions_lesson_id_lessons_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_organization_id_organizations_id_fk";
  
  ALTER TABLE "progress" DROP CONSTRAINT "progress_organization_id_organizations_id_fk";
  
  ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_organization_id_organizations_id_fk";
  
  ALTER TABLE "certificates" DROP CONSTRAINT "certificates_organization_id_organizations_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_credentials_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_credit_mappings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_held_credentials_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_training_certificates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_external_trainings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_experience_logs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_supervision_sessions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attempt_grants_fk";
  
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_events_action";
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('invitation.sent', 'invitation.accepted', 'invitation.revoked', 'user.role-changed', 'user.organization-changed', 'user.cohort-changed', 'cohort.created', 'cohort.deleted', 'assignment.created', 'assignment.updated', 'assignment.deleted', 'certificate.revoked', 'certificate.restored', 'report.exported', 'readiness.completed');
  ALTER TABLE "audit_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_events_action" USING "action"::"public"."enum_audit_events_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendDueReminders', 'sendManagerDigests');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendDueReminders', 'sendManagerDigests');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "users_deactivated_at_idx";
  DROP INDEX "quizzes_questions_lesson_idx";
  DROP INDEX "_quizzes_v_version_questions_lesson_idx";
  DROP INDEX "media_organization_idx";
  DROP INDEX "progress_organization_idx";
  DROP INDEX "quiz_attempts_organization_idx";
  DROP INDEX "certificates_organization_idx";
  DROP INDEX "payload_locked_documents_rels_credentials_id_idx";
  DROP INDEX "payload_locked_documents_rels_credit_mappings_id_idx";
  DROP INDEX "payload_locked_documents_rels_held_credentials_id_idx";
  DROP INDEX "payload_locked_documents_rels_training_certificates_id_idx";
  DROP INDEX "payload_locked_documents_rels_external_trainings_id_idx";
  DROP INDEX "payload_locked_documents_rels_experience_logs_id_idx";
  DROP INDEX "payload_locked_documents_rels_supervision_sessions_id_idx";
  DROP INDEX "payload_locked_documents_rels_attempt_grants_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "users" DROP COLUMN "deactivated_at";
  ALTER TABLE "organizations" DROP COLUMN "time_zone";
  ALTER TABLE "lessons" DROP COLUMN "minimum_minutes";
  ALTER TABLE "_lessons_v" DROP COLUMN "version_minimum_minutes";
  ALTER TABLE "quizzes_questions" DROP COLUMN "lesson_id";
  ALTER TABLE "quizzes_questions" DROP COLUMN "scenario";
  ALTER TABLE "quizzes" DROP COLUMN "questions_per_attempt";
  ALTER TABLE "quizzes" DROP COLUMN "retake_after_pass";
  ALTER TABLE "_quizzes_v_version_questions" DROP COLUMN "lesson_id";
  ALTER TABLE "_quizzes_v_version_questions" DROP COLUMN "scenario";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_questions_per_attempt";
  ALTER TABLE "_quizzes_v" DROP COLUMN "version_retake_after_pass";
  ALTER TABLE "media" DROP COLUMN "organization_id";
  ALTER TABLE "progress" DROP COLUMN "organization_id";
  ALTER TABLE "quiz_attempts" DROP COLUMN "question_ids";
  ALTER TABLE "quiz_attempts" DROP COLUMN "organization_id";
  ALTER TABLE "certificates" DROP COLUMN "organization_id";
  ALTER TABLE "certificates" DROP COLUMN "total_learning_seconds";
  ALTER TABLE "certificates" DROP COLUMN "evidence";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "credentials_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "credit_mappings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "held_credentials_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "training_certificates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "external_trainings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "experience_logs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "supervision_sessions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attempt_grants_id";
  DROP TYPE "public"."enum_credentials_experience_requirements_condition";
  DROP TYPE "public"."enum_credentials_supervision_cadence_initial";
  DROP TYPE "public"."enum_credentials_supervision_cadence_after";
  DROP TYPE "public"."enum_credentials_renewal_basis";
  DROP TYPE "public"."enum_held_credentials_status";
  DROP TYPE "public"."enum_external_trainings_status";
  DROP TYPE "public"."enum_experience_logs_status";
  DROP TYPE "public"."enum_supervision_sessions_topics";
  DROP TYPE "public"."enum_supervision_sessions_format";
  DROP TYPE "public"."enum_supervision_sessions_mode";`)
}
