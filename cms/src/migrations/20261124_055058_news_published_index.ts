import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`site__status_publishedAt_idx\` ON \`news\` (\`site_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_version_publishedAt_idx\` ON \`_news_v\` (\`version_site_id\`,\`version__status\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`site__status_publishedAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_version_publishedAt_idx\`;`)
}
