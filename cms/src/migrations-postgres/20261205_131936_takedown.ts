import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_takedowns_kind" AS ENUM('withdrawn', 'error', 'consolidated', 'former-unit');
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'trash';
  ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'restore';
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
  
  ALTER TABLE "news" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "legal_documents" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "consultations" ADD COLUMN "deleted_at" timestamp(3) with time zone;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_deleted_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "takedowns_id" integer;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_successor_id_sites_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "takedowns" ADD CONSTRAINT "takedowns_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "takedowns_site_idx" ON "takedowns" USING btree ("site_id");
  CREATE INDEX "takedowns_successor_idx" ON "takedowns" USING btree ("successor_id");
  CREATE INDEX "takedowns_user_idx" ON "takedowns" USING btree ("user_id");
  CREATE INDEX "takedowns_updated_at_idx" ON "takedowns" USING btree ("updated_at");
  CREATE INDEX "takedowns_created_at_idx" ON "takedowns" USING btree ("created_at");
  CREATE UNIQUE INDEX "collectionSlug_docId_1_idx" ON "takedowns" USING btree ("collection_slug","doc_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_takedowns_fk" FOREIGN KEY ("takedowns_id") REFERENCES "public"."takedowns"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_deleted_at_idx" ON "news" USING btree ("deleted_at");
  CREATE INDEX "_news_v_version_version_deleted_at_idx" ON "_news_v" USING btree ("version_deleted_at");
  CREATE INDEX "pages_deleted_at_idx" ON "pages" USING btree ("deleted_at");
  CREATE INDEX "_pages_v_version_version_deleted_at_idx" ON "_pages_v" USING btree ("version_deleted_at");
  CREATE INDEX "legal_documents_deleted_at_idx" ON "legal_documents" USING btree ("deleted_at");
  CREATE INDEX "_legal_documents_v_version_version_deleted_at_idx" ON "_legal_documents_v" USING btree ("version_deleted_at");
  CREATE INDEX "procedures_deleted_at_idx" ON "procedures" USING btree ("deleted_at");
  CREATE INDEX "_procedures_v_version_version_deleted_at_idx" ON "_procedures_v" USING btree ("version_deleted_at");
  CREATE INDEX "consultations_deleted_at_idx" ON "consultations" USING btree ("deleted_at");
  CREATE INDEX "_consultations_v_version_version_deleted_at_idx" ON "_consultations_v" USING btree ("version_deleted_at");
  CREATE INDEX "payload_locked_documents_rels_takedowns_id_idx" ON "payload_locked_documents_rels" USING btree ("takedowns_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "takedowns" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "takedowns" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_takedowns_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'login', 'login-failed', 'role-change', 'workflow', 'security');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "news_deleted_at_idx";
  DROP INDEX "_news_v_version_version_deleted_at_idx";
  DROP INDEX "pages_deleted_at_idx";
  DROP INDEX "_pages_v_version_version_deleted_at_idx";
  DROP INDEX "legal_documents_deleted_at_idx";
  DROP INDEX "_legal_documents_v_version_version_deleted_at_idx";
  DROP INDEX "procedures_deleted_at_idx";
  DROP INDEX "_procedures_v_version_version_deleted_at_idx";
  DROP INDEX "consultations_deleted_at_idx";
  DROP INDEX "_consultations_v_version_version_deleted_at_idx";
  DROP INDEX "payload_locked_documents_rels_takedowns_id_idx";
  ALTER TABLE "news" DROP COLUMN "deleted_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "pages" DROP COLUMN "deleted_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "legal_documents" DROP COLUMN "deleted_at";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "procedures" DROP COLUMN "deleted_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "consultations" DROP COLUMN "deleted_at";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_deleted_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "takedowns_id";
  DROP TYPE "public"."enum_takedowns_kind";`)
}
