import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`news_share_with_subordinates_idx\` ON \`news\` (\`share_with_subordinates\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_share_with_subordinates_idx\` ON \`_news_v\` (\`version_share_with_subordinates\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_workflow_list_idx\` ON \`_news_v\` (\`version_workflow_state\`,\`latest\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_workflow_list_idx\` ON \`_pages_v\` (\`version_workflow_state\`,\`latest\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_share_with_subordinates_idx\` ON \`legal_documents\` (\`share_with_subordinates\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_share_with_subordinat_idx\` ON \`_legal_documents_v\` (\`version_share_with_subordinates\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_workflow_list_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`,\`latest\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_workflow_list_idx\` ON \`_procedures_v\` (\`version_workflow_state\`,\`latest\`,\`version_deleted_at\`,\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_workflow_list_idx\` ON \`_consultations_v\` (\`version_workflow_state\`,\`latest\`,\`version_deleted_at\`,\`version_updated_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`news_share_with_subordinates_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_share_with_subordinates_idx\`;`)
  await db.run(sql`DROP INDEX \`_news_v_workflow_list_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_workflow_list_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_share_with_subordinates_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_share_with_subordinat_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_workflow_list_idx\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_workflow_list_idx\`;`)
  await db.run(sql`DROP INDEX \`_consultations_v_workflow_list_idx\`;`)
}
