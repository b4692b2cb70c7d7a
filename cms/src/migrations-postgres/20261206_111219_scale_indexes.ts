import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "news_share_with_subordinates_idx" ON "news" USING btree ("share_with_subordinates");
  CREATE INDEX "_news_v_version_version_share_with_subordinates_idx" ON "_news_v" USING btree ("version_share_with_subordinates");
  CREATE INDEX "_news_v_workflow_list_idx" ON "_news_v" USING btree ("version_workflow_state","latest","version_deleted_at","version_updated_at");
  CREATE INDEX "_pages_v_workflow_list_idx" ON "_pages_v" USING btree ("version_workflow_state","latest","version_deleted_at","version_updated_at");
  CREATE INDEX "legal_documents_share_with_subordinates_idx" ON "legal_documents" USING btree ("share_with_subordinates");
  CREATE INDEX "_legal_documents_v_version_version_share_with_subordinat_idx" ON "_legal_documents_v" USING btree ("version_share_with_subordinates");
  CREATE INDEX "_legal_documents_v_workflow_list_idx" ON "_legal_documents_v" USING btree ("version_workflow_state","latest","version_deleted_at","version_updated_at");
  CREATE INDEX "_procedures_v_workflow_list_idx" ON "_procedures_v" USING btree ("version_workflow_state","latest","version_deleted_at","version_updated_at");
  CREATE INDEX "_consultations_v_workflow_list_idx" ON "_consultations_v" USING btree ("version_workflow_state","latest","version_deleted_at","version_updated_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "news_share_with_subordinates_idx";
  DROP INDEX "_news_v_version_version_share_with_subordinates_idx";
  DROP INDEX "_news_v_workflow_list_idx";
  DROP INDEX "_pages_v_workflow_list_idx";
  DROP INDEX "legal_documents_share_with_subordinates_idx";
  DROP INDEX "_legal_documents_v_version_version_share_with_subordinat_idx";
  DROP INDEX "_legal_documents_v_workflow_list_idx";
  DROP INDEX "_procedures_v_workflow_list_idx";
  DROP INDEX "_consultations_v_workflow_list_idx";`)
}
