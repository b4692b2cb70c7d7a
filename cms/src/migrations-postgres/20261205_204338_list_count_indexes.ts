import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "news_site_list_idx" ON "news" USING btree ("site_id","deleted_at","_status");
  CREATE INDEX "news_all_list_idx" ON "news" USING btree ("_status","deleted_at","site_id");
  CREATE INDEX "_news_v_site_list_idx" ON "_news_v" USING btree ("version_site_id","latest","version_deleted_at","version__status");
  CREATE INDEX "_news_v_all_list_idx" ON "_news_v" USING btree ("latest","version_deleted_at","version__status","version_site_id");
  CREATE INDEX "pages_site_list_idx" ON "pages" USING btree ("site_id","deleted_at","_status");
  CREATE INDEX "pages_all_list_idx" ON "pages" USING btree ("_status","deleted_at","site_id");
  CREATE INDEX "_pages_v_site_list_idx" ON "_pages_v" USING btree ("version_site_id","latest","version_deleted_at","version__status");
  CREATE INDEX "_pages_v_all_list_idx" ON "_pages_v" USING btree ("latest","version_deleted_at","version__status","version_site_id");
  CREATE INDEX "legal_documents_site_list_idx" ON "legal_documents" USING btree ("site_id","deleted_at","_status");
  CREATE INDEX "legal_documents_all_list_idx" ON "legal_documents" USING btree ("_status","deleted_at","site_id");
  CREATE INDEX "_legal_documents_v_site_list_idx" ON "_legal_documents_v" USING btree ("version_site_id","latest","version_deleted_at","version__status");
  CREATE INDEX "_legal_documents_v_all_list_idx" ON "_legal_documents_v" USING btree ("latest","version_deleted_at","version__status","version_site_id");
  CREATE INDEX "procedures_site_list_idx" ON "procedures" USING btree ("site_id","deleted_at","_status");
  CREATE INDEX "procedures_all_list_idx" ON "procedures" USING btree ("_status","deleted_at","site_id");
  CREATE INDEX "_procedures_v_site_list_idx" ON "_procedures_v" USING btree ("version_site_id","latest","version_deleted_at","version__status");
  CREATE INDEX "_procedures_v_all_list_idx" ON "_procedures_v" USING btree ("latest","version_deleted_at","version__status","version_site_id");
  CREATE INDEX "consultations_site_list_idx" ON "consultations" USING btree ("site_id","deleted_at","_status");
  CREATE INDEX "consultations_all_list_idx" ON "consultations" USING btree ("_status","deleted_at","site_id");
  CREATE INDEX "_consultations_v_site_list_idx" ON "_consultations_v" USING btree ("version_site_id","latest","version_deleted_at","version__status");
  CREATE INDEX "_consultations_v_all_list_idx" ON "_consultations_v" USING btree ("latest","version_deleted_at","version__status","version_site_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "news_site_list_idx";
  DROP INDEX "news_all_list_idx";
  DROP INDEX "_news_v_site_list_idx";
  DROP INDEX "_news_v_all_list_idx";
  DROP INDEX "pages_site_list_idx";
  DROP INDEX "pages_all_list_idx";
  DROP INDEX "_pages_v_site_list_idx";
  DROP INDEX "_pages_v_all_list_idx";
  DROP INDEX "legal_documents_site_list_idx";
  DROP INDEX "legal_documents_all_list_idx";
  DROP INDEX "_legal_documents_v_site_list_idx";
  DROP INDEX "_legal_documents_v_all_list_idx";
  DROP INDEX "procedures_site_list_idx";
  DROP INDEX "procedures_all_list_idx";
  DROP INDEX "_procedures_v_site_list_idx";
  DROP INDEX "_procedures_v_all_list_idx";
  DROP INDEX "consultations_site_list_idx";
  DROP INDEX "consultations_all_list_idx";
  DROP INDEX "_consultations_v_site_list_idx";
  DROP INDEX "_consultations_v_all_list_idx";`)
}
