import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_sites_review_intervals_collection" AS ENUM('news', 'pages', 'legal-documents', 'procedures', 'consultations');
  CREATE TYPE "public"."enum_news_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum__news_v_version_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum_pages_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum__pages_v_version_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum_legal_documents_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum__legal_documents_v_version_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum_procedures_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum__procedures_v_version_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum_consultations_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum__consultations_v_version_change_notice_kind" AS ENUM('minor', 'major');
  CREATE TYPE "public"."enum_takedowns_kind" AS ENUM('withdrawn', 'error', 'consolidated', 'former-unit');
  CREATE TYPE "public"."enum_subscriptions_scope" AS ENUM('portal', 'category', 'legal-type', 'document');
  CREATE TYPE "public"."enum_subscriptions_legal_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'cong-van', 'cong-dien', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'van-ban-hop-nhat', 'dieu-uoc-quoc-te', 'khac');
  CREATE TYPE "public"."enum_subscriptions_frequency" AS ENUM('immediate', 'daily');
  CREATE TYPE "public"."enum_subscriptions_status" AS ENUM('pending', 'confirmed');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'trash';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'restore';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'alertsNotify' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'alertsDigest' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendReviewReminders' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'alertsNotify' BEFORE 'syncSearch';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'alertsDigest' BEFORE 'syncSearch';
  CREATE TABLE "sites_review_intervals" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" "enum_sites_review_intervals_collection" NOT NULL,
  	"months" numeric NOT NULL
  );
  
  CREATE TABLE "news_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_news_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "pages_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_pages_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "legal_documents_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "procedures_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_procedures_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "consultations_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "_consultations_v_version_change_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "takedowns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar,
  	"kind" "enum_takedowns_kind" NOT NULL,
  	"reason" varchar,
  	"path" varchar NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"target_path" varchar,
  	"successor_id" integer,
  	"user_id" integer,
  	"by" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
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
  
  CREATE TABLE "subscriptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"site_id" integer NOT NULL,
  	"scope" "enum_subscriptions_scope" NOT NULL,
  	"category_id" integer,
  	"legal_type" "enum_subscriptions_legal_type",
  	"doc_collection" varchar,
  	"doc_id" varchar,
  	"doc_title" varchar,
  	"frequency" "enum_subscriptions_frequency" DEFAULT 'immediate' NOT NULL,
  	"status" "enum_subscriptions_status" DEFAULT 'pending' NOT NULL,
  	"nonce" varchar NOT NULL,
  	"expires_at" timestamp(3) with time zone,
  	"confirmed_at" timestamp(3) with time zone,
  	"last_sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news" ADD COLUMN "change_notice_kind" "enum_news_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "news" ADD COLUMN "change_notice_note" varchar;
  ALTER TABLE "news" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_change_notice_kind" "enum__news_v_version_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "_news_v" ADD COLUMN "version_change_notice_note" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "change_notice_kind" "enum_pages_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "pages" ADD COLUMN "change_notice_note" varchar;
  ALTER TABLE "pages" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_notice_kind" "enum__pages_v_version_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "_pages_v" ADD COLUMN "version_change_notice_note" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "legal_documents" ADD COLUMN "change_notice_kind" "enum_legal_documents_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "legal_documents" ADD COLUMN "change_notice_note" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_change_notice_kind" "enum__legal_documents_v_version_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_change_notice_note" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "change_notice_kind" "enum_procedures_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "procedures" ADD COLUMN "change_notice_note" varchar;
  ALTER TABLE "procedures" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_change_notice_kind" "enum__procedures_v_version_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "_procedures_v" ADD COLUMN "version_change_notice_note" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "consultations" ADD COLUMN "change_notice_kind" "enum_consultations_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "consultations" ADD COLUMN "change_notice_note" varchar;
  ALTER TABLE "consultations" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_change_notice_kind" "enum__consultations_v_version_change_notice_kind" DEFAULT 'minor';
  ALTER TABLE "_consultations_v" ADD COLUMN "version_change_notice_note" varchar;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "outbox" ADD COLUMN "headers" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "takedowns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_schedules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_reminders_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "subscriptions_id" integer;
  ALTER TABLE "sites_review_intervals" ADD CONSTRAINT "sites_review_intervals_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_change_notes" ADD CONSTRAINT "news_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_version_change_notes" ADD CONSTRAINT "_news_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_change_notes" ADD CONSTRAINT "pages_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_change_notes" ADD CONSTRAINT "_pages_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_change_notes" ADD CONSTRAINT "legal_documents_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_change_notes" ADD CONSTRAINT "_legal_documents_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_change_notes" ADD CONSTRAINT "procedures_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_change_notes" ADD CONSTRAINT "_procedures_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_change_notes" ADD CONSTRAINT "consultations_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_change_notes" ADD CONSTRAINT "_consultations_v_version_change_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_successor_id_sites_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_schedules" ADD CONSTRAINT "review_schedules_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_schedules" ADD CONSTRAINT "review_schedules_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "sites_review_intervals_order_idx" ON "sites_review_intervals" USING btree ("_order");
  CREATE INDEX "sites_review_intervals_parent_id_idx" ON "sites_review_intervals" USING btree ("_parent_id");
  CREATE INDEX "news_change_notes_order_idx" ON "news_change_notes" USING btree ("_order");
  CREATE INDEX "news_change_notes_parent_id_idx" ON "news_change_notes" USING btree ("_parent_id");
  CREATE INDEX "news_change_notes_at_idx" ON "news_change_notes" USING btree ("at");
  CREATE INDEX "_news_v_version_change_notes_order_idx" ON "_news_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_news_v_version_change_notes_parent_id_idx" ON "_news_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_news_v_version_change_notes_at_idx" ON "_news_v_version_change_notes" USING btree ("at");
  CREATE INDEX "pages_change_notes_order_idx" ON "pages_change_notes" USING btree ("_order");
  CREATE INDEX "pages_change_notes_parent_id_idx" ON "pages_change_notes" USING btree ("_parent_id");
  CREATE INDEX "pages_change_notes_at_idx" ON "pages_change_notes" USING btree ("at");
  CREATE INDEX "_pages_v_version_change_notes_order_idx" ON "_pages_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_pages_v_version_change_notes_parent_id_idx" ON "_pages_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_change_notes_at_idx" ON "_pages_v_version_change_notes" USING btree ("at");
  CREATE INDEX "legal_documents_change_notes_order_idx" ON "legal_documents_change_notes" USING btree ("_order");
  CREATE INDEX "legal_documents_change_notes_parent_id_idx" ON "legal_documents_change_notes" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_change_notes_at_idx" ON "legal_documents_change_notes" USING btree ("at");
  CREATE INDEX "_legal_documents_v_version_change_notes_order_idx" ON "_legal_documents_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_change_notes_parent_id_idx" ON "_legal_documents_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_change_notes_at_idx" ON "_legal_documents_v_version_change_notes" USING btree ("at");
  CREATE INDEX "procedures_change_notes_order_idx" ON "procedures_change_notes" USING btree ("_order");
  CREATE INDEX "procedures_change_notes_parent_id_idx" ON "procedures_change_notes" USING btree ("_parent_id");
  CREATE INDEX "procedures_change_notes_at_idx" ON "procedures_change_notes" USING btree ("at");
  CREATE INDEX "_procedures_v_version_change_notes_order_idx" ON "_procedures_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_change_notes_parent_id_idx" ON "_procedures_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_change_notes_at_idx" ON "_procedures_v_version_change_notes" USING btree ("at");
  CREATE INDEX "consultations_change_notes_order_idx" ON "consultations_change_notes" USING btree ("_order");
  CREATE INDEX "consultations_change_notes_parent_id_idx" ON "consultations_change_notes" USING btree ("_parent_id");
  CREATE INDEX "consultations_change_notes_at_idx" ON "consultations_change_notes" USING btree ("at");
  CREATE INDEX "_consultations_v_version_change_notes_order_idx" ON "_consultations_v_version_change_notes" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_change_notes_parent_id_idx" ON "_consultations_v_version_change_notes" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_version_change_notes_at_idx" ON "_consultations_v_version_change_notes" USING btree ("at");
  CREATE INDEX "takedowns_site_idx" ON "takedowns" USING btree ("site_id");
  CREATE INDEX "takedowns_successor_idx" ON "takedowns" USING btree ("successor_id");
  CREATE INDEX "takedowns_user_idx" ON "takedowns" USING btree ("user_id");
  CREATE INDEX "takedowns_updated_at_idx" ON "takedowns" USING btree ("updated_at");
  CREATE INDEX "takedowns_created_at_idx" ON "takedowns" USING btree ("created_at");
  CREATE UNIQUE INDEX "collectionSlug_docId_1_idx" ON "takedowns" USING btree ("collection_slug","doc_id");
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
  CREATE INDEX "subscriptions_email_idx" ON "subscriptions" USING btree ("email");
  CREATE INDEX "subscriptions_site_idx" ON "subscriptions" USING btree ("site_id");
  CREATE INDEX "subscriptions_scope_idx" ON "subscriptions" USING btree ("scope");
  CREATE INDEX "subscriptions_category_idx" ON "subscriptions" USING btree ("category_id");
  CREATE INDEX "subscriptions_legal_type_idx" ON "subscriptions" USING btree ("legal_type");
  CREATE INDEX "subscriptions_doc_collection_idx" ON "subscriptions" USING btree ("doc_collection");
  CREATE INDEX "subscriptions_doc_id_idx" ON "subscriptions" USING btree ("doc_id");
  CREATE INDEX "subscriptions_frequency_idx" ON "subscriptions" USING btree ("frequency");
  CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");
  CREATE INDEX "subscriptions_expires_at_idx" ON "subscriptions" USING btree ("expires_at");
  CREATE INDEX "subscriptions_last_sent_at_idx" ON "subscriptions" USING btree ("last_sent_at");
  CREATE INDEX "subscriptions_updated_at_idx" ON "subscriptions" USING btree ("updated_at");
  CREATE INDEX "subscriptions_created_at_idx" ON "subscriptions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedowns_fk" FOREIGN KEY ("takedowns_id") REFERENCES "public"."takedowns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_schedules_fk" FOREIGN KEY ("review_schedules_id") REFERENCES "public"."review_schedules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_reminders_fk" FOREIGN KEY ("review_reminders_id") REFERENCES "public"."review_reminders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subscriptions_fk" FOREIGN KEY ("subscriptions_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sites_locales_parent_idx" ON "sites_locales" USING btree ("_parent_id");
  CREATE INDEX "sites_texts_parent_idx" ON "sites_texts" USING btree ("parent_id");
  CREATE INDEX "news_deleted_at_idx" ON "news" USING btree ("deleted_at");
  CREATE INDEX "_news_v_version_version_deleted_at_idx" ON "_news_v" USING btree ("version_deleted_at");
  CREATE INDEX "pages_deleted_at_idx" ON "pages" USING btree ("deleted_at");
  CREATE INDEX "site__status_idx" ON "pages" USING btree ("site_id","_status");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_version_version_deleted_at_idx" ON "_pages_v" USING btree ("version_deleted_at");
  CREATE INDEX "version_site_version__status_idx" ON "_pages_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "categories_locales_parent_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_deleted_at_idx" ON "legal_documents" USING btree ("deleted_at");
  CREATE INDEX "site__status_1_idx" ON "legal_documents" USING btree ("site_id","_status");
  CREATE INDEX "legal_documents_texts_parent_idx" ON "legal_documents_texts" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_deleted_at_idx" ON "_legal_documents_v" USING btree ("version_deleted_at");
  CREATE INDEX "version_site_version__status_1_idx" ON "_legal_documents_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "_legal_documents_v_texts_parent_idx" ON "_legal_documents_v_texts" USING btree ("parent_id");
  CREATE INDEX "procedures_deleted_at_idx" ON "procedures" USING btree ("deleted_at");
  CREATE INDEX "site__status_2_idx" ON "procedures" USING btree ("site_id","_status");
  CREATE INDEX "_procedures_v_version_version_deleted_at_idx" ON "_procedures_v" USING btree ("version_deleted_at");
  CREATE INDEX "version_site_version__status_2_idx" ON "_procedures_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "consultations_deleted_at_idx" ON "consultations" USING btree ("deleted_at");
  CREATE INDEX "site__status_3_idx" ON "consultations" USING btree ("site_id","_status");
  CREATE INDEX "_consultations_v_version_version_deleted_at_idx" ON "_consultations_v" USING btree ("version_deleted_at");
  CREATE INDEX "version_site_version__status_3_idx" ON "_consultations_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "payload_locked_documents_rels_takedowns_id_idx" ON "payload_locked_documents_rels" USING btree ("takedowns_id");
  CREATE INDEX "payload_locked_documents_rels_review_schedules_id_idx" ON "payload_locked_documents_rels" USING btree ("review_schedules_id");
  CREATE INDEX "payload_locked_documents_rels_review_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("review_reminders_id");
  CREATE INDEX "payload_locked_documents_rels_subscriptions_id_idx" ON "payload_locked_documents_rels" USING btree ("subscriptions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sites_review_intervals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "legal_documents_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_legal_documents_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "procedures_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_procedures_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consultations_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consultations_v_version_change_notes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "takedowns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_schedules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_reminders" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "subscriptions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "sites_review_intervals" CASCADE;
  DROP TABLE "news_change_notes" CASCADE;
  DROP TABLE "_news_v_version_change_notes" CASCADE;
  DROP TABLE "pages_change_notes" CASCADE;
  DROP TABLE "_pages_v_version_change_notes" CASCADE;
  DROP TABLE "legal_documents_change_notes" CASCADE;
  DROP TABLE "_legal_documents_v_version_change_notes" CASCADE;
  DROP TABLE "procedures_change_notes" CASCADE;
  DROP TABLE "_procedures_v_version_change_notes" CASCADE;
  DROP TABLE "consultations_change_notes" CASCADE;
  DROP TABLE "_consultations_v_version_change_notes" CASCADE;
  DROP TABLE "takedowns" CASCADE;
  DROP TABLE "review_schedules" CASCADE;
  DROP TABLE "review_reminders" CASCADE;
  DROP TABLE "subscriptions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_takedowns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_schedules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_reminders_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_subscriptions_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'login', 'login-failed', 'role-change', 'workflow', 'security');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'refreshLegalStatuses', 'buildPortals', 'sendOutboxMail', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'refreshLegalStatuses', 'buildPortals', 'sendOutboxMail', 'syncSearch', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "sites_locales_parent_idx";
  DROP INDEX "sites_texts_parent_idx";
  DROP INDEX "news_deleted_at_idx";
  DROP INDEX "_news_v_version_version_deleted_at_idx";
  DROP INDEX "pages_deleted_at_idx";
  DROP INDEX "site__status_idx";
  DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_version_version_deleted_at_idx";
  DROP INDEX "version_site_version__status_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "categories_locales_parent_idx";
  DROP INDEX "legal_documents_deleted_at_idx";
  DROP INDEX "site__status_1_idx";
  DROP INDEX "legal_documents_texts_parent_idx";
  DROP INDEX "_legal_documents_v_version_version_deleted_at_idx";
  DROP INDEX "version_site_version__status_1_idx";
  DROP INDEX "_legal_documents_v_texts_parent_idx";
  DROP INDEX "procedures_deleted_at_idx";
  DROP INDEX "site__status_2_idx";
  DROP INDEX "_procedures_v_version_version_deleted_at_idx";
  DROP INDEX "version_site_version__status_2_idx";
  DROP INDEX "consultations_deleted_at_idx";
  DROP INDEX "site__status_3_idx";
  DROP INDEX "_consultations_v_version_version_deleted_at_idx";
  DROP INDEX "version_site_version__status_3_idx";
  DROP INDEX "payload_locked_documents_rels_takedowns_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_schedules_id_idx";
  DROP INDEX "payload_locked_documents_rels_review_reminders_id_idx";
  DROP INDEX "payload_locked_documents_rels_subscriptions_id_idx";
  ALTER TABLE "news" DROP COLUMN "change_notice_kind";
  ALTER TABLE "news" DROP COLUMN "change_notice_note";
  ALTER TABLE "news" DROP COLUMN "deleted_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_notice_kind";
  ALTER TABLE "_news_v" DROP COLUMN "version_change_notice_note";
  ALTER TABLE "_news_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "pages" DROP COLUMN "change_notice_kind";
  ALTER TABLE "pages" DROP COLUMN "change_notice_note";
  ALTER TABLE "pages" DROP COLUMN "deleted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_notice_kind";
  ALTER TABLE "_pages_v" DROP COLUMN "version_change_notice_note";
  ALTER TABLE "_pages_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "legal_documents" DROP COLUMN "change_notice_kind";
  ALTER TABLE "legal_documents" DROP COLUMN "change_notice_note";
  ALTER TABLE "legal_documents" DROP COLUMN "deleted_at";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_change_notice_kind";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_change_notice_note";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "procedures" DROP COLUMN "change_notice_kind";
  ALTER TABLE "procedures" DROP COLUMN "change_notice_note";
  ALTER TABLE "procedures" DROP COLUMN "deleted_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_change_notice_kind";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_change_notice_note";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "consultations" DROP COLUMN "change_notice_kind";
  ALTER TABLE "consultations" DROP COLUMN "change_notice_note";
  ALTER TABLE "consultations" DROP COLUMN "deleted_at";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_change_notice_kind";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_change_notice_note";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "outbox" DROP COLUMN "headers";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "takedowns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_schedules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_reminders_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "subscriptions_id";
  DROP TYPE "public"."enum_sites_review_intervals_collection";
  DROP TYPE "public"."enum_news_change_notice_kind";
  DROP TYPE "public"."enum__news_v_version_change_notice_kind";
  DROP TYPE "public"."enum_pages_change_notice_kind";
  DROP TYPE "public"."enum__pages_v_version_change_notice_kind";
  DROP TYPE "public"."enum_legal_documents_change_notice_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_change_notice_kind";
  DROP TYPE "public"."enum_procedures_change_notice_kind";
  DROP TYPE "public"."enum__procedures_v_version_change_notice_kind";
  DROP TYPE "public"."enum_consultations_change_notice_kind";
  DROP TYPE "public"."enum__consultations_v_version_change_notice_kind";
  DROP TYPE "public"."enum_takedowns_kind";
  DROP TYPE "public"."enum_subscriptions_scope";
  DROP TYPE "public"."enum_subscriptions_legal_type";
  DROP TYPE "public"."enum_subscriptions_frequency";
  DROP TYPE "public"."enum_subscriptions_status";`)
}
