import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum__news_v_version_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_pages_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum__pages_v_version_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_legal_documents_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_procedures_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum__procedures_v_version_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum_consultations_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  CREATE TYPE "public"."enum__consultations_v_version_workflow_scheduled_action" AS ENUM('publish', 'unpublish');
  ALTER TABLE "news" ADD COLUMN "edited_by" varchar;
  ALTER TABLE "news" ADD COLUMN "workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "workflow_scheduled_action" "enum_news_workflow_scheduled_action";
  ALTER TABLE "_news_v" ADD COLUMN "version_edited_by" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_scheduled_action" "enum__news_v_version_workflow_scheduled_action";
  ALTER TABLE "pages" ADD COLUMN "edited_by" varchar;
  ALTER TABLE "pages" ADD COLUMN "workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "pages" ADD COLUMN "workflow_scheduled_action" "enum_pages_workflow_scheduled_action";
  ALTER TABLE "_pages_v" ADD COLUMN "version_edited_by" varchar;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_pages_v" ADD COLUMN "version_workflow_scheduled_action" "enum__pages_v_version_workflow_scheduled_action";
  ALTER TABLE "legal_documents" ADD COLUMN "edited_by" varchar;
  ALTER TABLE "legal_documents" ADD COLUMN "workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "legal_documents" ADD COLUMN "workflow_scheduled_action" "enum_legal_documents_workflow_scheduled_action";
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_edited_by" varchar;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_legal_documents_v" ADD COLUMN "version_workflow_scheduled_action" "enum__legal_documents_v_version_workflow_scheduled_action";
  ALTER TABLE "procedures" ADD COLUMN "edited_by" varchar;
  ALTER TABLE "procedures" ADD COLUMN "workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "procedures" ADD COLUMN "workflow_scheduled_action" "enum_procedures_workflow_scheduled_action";
  ALTER TABLE "_procedures_v" ADD COLUMN "version_edited_by" varchar;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_procedures_v" ADD COLUMN "version_workflow_scheduled_action" "enum__procedures_v_version_workflow_scheduled_action";
  ALTER TABLE "consultations" ADD COLUMN "edited_by" varchar;
  ALTER TABLE "consultations" ADD COLUMN "workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "consultations" ADD COLUMN "workflow_scheduled_action" "enum_consultations_workflow_scheduled_action";
  ALTER TABLE "_consultations_v" ADD COLUMN "version_edited_by" varchar;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_workflow_scheduled_at" timestamp(3) with time zone;
  ALTER TABLE "_consultations_v" ADD COLUMN "version_workflow_scheduled_action" "enum__consultations_v_version_workflow_scheduled_action";
  CREATE INDEX "news_workflow_workflow_scheduled_at_idx" ON "news" USING btree ("workflow_scheduled_at");
  CREATE INDEX "_news_v_version_workflow_version_workflow_scheduled_at_idx" ON "_news_v" USING btree ("version_workflow_scheduled_at");
  CREATE INDEX "pages_workflow_workflow_scheduled_at_idx" ON "pages" USING btree ("workflow_scheduled_at");
  CREATE INDEX "_pages_v_version_workflow_version_workflow_scheduled_at_idx" ON "_pages_v" USING btree ("version_workflow_scheduled_at");
  CREATE INDEX "legal_documents_workflow_workflow_scheduled_at_idx" ON "legal_documents" USING btree ("workflow_scheduled_at");
  CREATE INDEX "_legal_documents_v_version_workflow_version_workflow_sch_idx" ON "_legal_documents_v" USING btree ("version_workflow_scheduled_at");
  CREATE INDEX "procedures_workflow_workflow_scheduled_at_idx" ON "procedures" USING btree ("workflow_scheduled_at");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_schedule_idx" ON "_procedures_v" USING btree ("version_workflow_scheduled_at");
  CREATE INDEX "consultations_workflow_workflow_scheduled_at_idx" ON "consultations" USING btree ("workflow_scheduled_at");
  CREATE INDEX "_consultations_v_version_workflow_version_workflow_sched_idx" ON "_consultations_v" USING btree ("version_workflow_scheduled_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "news_workflow_workflow_scheduled_at_idx";
  DROP INDEX "_news_v_version_workflow_version_workflow_scheduled_at_idx";
  DROP INDEX "pages_workflow_workflow_scheduled_at_idx";
  DROP INDEX "_pages_v_version_workflow_version_workflow_scheduled_at_idx";
  DROP INDEX "legal_documents_workflow_workflow_scheduled_at_idx";
  DROP INDEX "_legal_documents_v_version_workflow_version_workflow_sch_idx";
  DROP INDEX "procedures_workflow_workflow_scheduled_at_idx";
  DROP INDEX "_procedures_v_version_workflow_version_workflow_schedule_idx";
  DROP INDEX "consultations_workflow_workflow_scheduled_at_idx";
  DROP INDEX "_consultations_v_version_workflow_version_workflow_sched_idx";
  ALTER TABLE "news" DROP COLUMN "edited_by";
  ALTER TABLE "news" DROP COLUMN "workflow_scheduled_at";
  ALTER TABLE "news" DROP COLUMN "workflow_scheduled_action";
  ALTER TABLE "_news_v" DROP COLUMN "version_edited_by";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_scheduled_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_scheduled_action";
  ALTER TABLE "pages" DROP COLUMN "edited_by";
  ALTER TABLE "pages" DROP COLUMN "workflow_scheduled_at";
  ALTER TABLE "pages" DROP COLUMN "workflow_scheduled_action";
  ALTER TABLE "_pages_v" DROP COLUMN "version_edited_by";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_scheduled_at";
  ALTER TABLE "_pages_v" DROP COLUMN "version_workflow_scheduled_action";
  ALTER TABLE "legal_documents" DROP COLUMN "edited_by";
  ALTER TABLE "legal_documents" DROP COLUMN "workflow_scheduled_at";
  ALTER TABLE "legal_documents" DROP COLUMN "workflow_scheduled_action";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_edited_by";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_workflow_scheduled_at";
  ALTER TABLE "_legal_documents_v" DROP COLUMN "version_workflow_scheduled_action";
  ALTER TABLE "procedures" DROP COLUMN "edited_by";
  ALTER TABLE "procedures" DROP COLUMN "workflow_scheduled_at";
  ALTER TABLE "procedures" DROP COLUMN "workflow_scheduled_action";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_edited_by";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_scheduled_at";
  ALTER TABLE "_procedures_v" DROP COLUMN "version_workflow_scheduled_action";
  ALTER TABLE "consultations" DROP COLUMN "edited_by";
  ALTER TABLE "consultations" DROP COLUMN "workflow_scheduled_at";
  ALTER TABLE "consultations" DROP COLUMN "workflow_scheduled_action";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_edited_by";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_workflow_scheduled_at";
  ALTER TABLE "_consultations_v" DROP COLUMN "version_workflow_scheduled_action";
  DROP TYPE "public"."enum_news_workflow_scheduled_action";
  DROP TYPE "public"."enum__news_v_version_workflow_scheduled_action";
  DROP TYPE "public"."enum_pages_workflow_scheduled_action";
  DROP TYPE "public"."enum__pages_v_version_workflow_scheduled_action";
  DROP TYPE "public"."enum_legal_documents_workflow_scheduled_action";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_scheduled_action";
  DROP TYPE "public"."enum_procedures_workflow_scheduled_action";
  DROP TYPE "public"."enum__procedures_v_version_workflow_scheduled_action";
  DROP TYPE "public"."enum_consultations_workflow_scheduled_action";
  DROP TYPE "public"."enum__consultations_v_version_workflow_scheduled_action";`)
}
