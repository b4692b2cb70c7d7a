import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "sites_locales_parent_idx" ON "sites_locales" USING btree ("_parent_id");
  CREATE INDEX "sites_texts_parent_idx" ON "sites_texts" USING btree ("parent_id");
  CREATE INDEX "pages_locales_parent_idx" ON "pages_locales" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_locales_parent_idx" ON "_pages_v_locales" USING btree ("_parent_id");
  CREATE INDEX "categories_locales_parent_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "site__status_idx" ON "legal_documents" USING btree ("site_id","_status");
  CREATE INDEX "legal_documents_texts_parent_idx" ON "legal_documents_texts" USING btree ("parent_id");
  CREATE INDEX "version_site_version__status_idx" ON "_legal_documents_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "_legal_documents_v_texts_parent_idx" ON "_legal_documents_v_texts" USING btree ("parent_id");
  CREATE INDEX "site__status_1_idx" ON "procedures" USING btree ("site_id","_status");
  CREATE INDEX "version_site_version__status_1_idx" ON "_procedures_v" USING btree ("version_site_id","version__status");
  CREATE INDEX "site__status_2_idx" ON "consultations" USING btree ("site_id","_status");
  CREATE INDEX "version_site_version__status_2_idx" ON "_consultations_v" USING btree ("version_site_id","version__status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sites_locales_parent_idx";
  DROP INDEX "sites_texts_parent_idx";
  DROP INDEX "pages_locales_parent_idx";
  DROP INDEX "_pages_v_locales_parent_idx";
  DROP INDEX "categories_locales_parent_idx";
  DROP INDEX "site__status_idx";
  DROP INDEX "legal_documents_texts_parent_idx";
  DROP INDEX "version_site_version__status_idx";
  DROP INDEX "_legal_documents_v_texts_parent_idx";
  DROP INDEX "site__status_1_idx";
  DROP INDEX "version_site_version__status_1_idx";
  DROP INDEX "site__status_2_idx";
  DROP INDEX "version_site_version__status_2_idx";`)
}
