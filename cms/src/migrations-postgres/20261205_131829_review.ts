import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sites_review_intervals_collection" AS ENUM('news', 'pages', 'legal-documents', 'procedures', 'consultations');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearch';
  CREATE TABLE "sites_review_intervals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_sites_review_intervals_collection" NOT NULL,
  	"months" numeric NOT NULL
  );
  
  CREATE TABLE "review_schedules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"title" varchar,
  	"site_id" integer,
  	"owner_id" integer,
  	"last_reviewed_at" timestamp(3) with time zone,
  	"next_review_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"recipients" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_reminders_id" integer;
  ALTER TABLE "sites_review_intervals" ADD CONSTRAINT "sites_review_intervals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_schedules" ADD CONSTRAINT "review_schedules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_schedules" ADD CONSTRAINT "review_schedules_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sites_review_intervals_order_idx" ON "sites_review_intervals" USING btree ("_order");
  CREATE INDEX "sites_review_intervals_parent_id_idx" ON "sites_review_intervals" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "review_schedules_key_idx" ON "review_schedules" USING btree ("key");
  CREATE INDEX "review_schedules_collection_idx" ON "review_schedules" USING btree ("collection");
  CREATE INDEX "review_schedules_site_idx" ON "review_schedules" USING btree ("site_id");
  CREATE INDEX "review_schedules_owner_idx" ON "review_schedules" USING btree ("owner_id");
  CREATE INDEX "review_schedules_next_review_at_idx" ON "review_schedules" USING btree ("next_review_at");
  CREATE INDEX "review_schedules_updated_at_idx" ON "review_schedules" USING btree ("updated_at");
  CREATE INDEX "review_schedules_created_at_idx" ON "review_schedules" USING btree ("created_at");
  CREATE UNIQUE INDEX "review_reminders_key_idx" ON "review_reminders" USING btree ("key");
  CREATE INDEX "review_reminders_updated_at_idx" ON "review_reminders" USING btree ("updated_at");
  CREATE INDEX "review_reminders_created_at_idx" ON "review_reminders" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_schedules_fk" FOREIGN KEY ("review_schedules_id") REFERENCES "public"."review_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_reminders_fk" FOREIGN KEY ("review_reminders_id") REFERENCES "public"."review_reminders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("review_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_review_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("review_reminders_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sites_review_intervals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_reminders" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sites_review_intervals" CASCADE;
  DROP TABLE "review_schedules" CASCADE;
  DROP TABLE "review_reminders" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_reminders_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLegalStatuses', 'buildPortals', 'sendOutboxMail', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLegalStatuses', 'buildPortals', 'sendOutboxMail', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_review_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_reminders_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_reminders_id";
  DROP TYPE "public"."enum_sites_review_intervals_collection";`)
}
