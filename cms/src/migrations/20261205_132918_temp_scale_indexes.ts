import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`sites_locales_parent_idx\` ON \`sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_texts_parent_idx\` ON \`sites_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_parent_idx\` ON \`pages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_parent_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site__status_idx\` ON \`legal_documents\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_texts_parent_idx\` ON \`legal_documents_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_idx\` ON \`_legal_documents_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_texts_parent_idx\` ON \`_legal_documents_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`site__status_1_idx\` ON \`procedures\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_1_idx\` ON \`_procedures_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`site__status_2_idx\` ON \`consultations\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_2_idx\` ON \`_consultations_v\` (\`version_site_id\`,\`version__status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sites_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sites_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`categories_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_1_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_2_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_2_idx\`;`)
}
