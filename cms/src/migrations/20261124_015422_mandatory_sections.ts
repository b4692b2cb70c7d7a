import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pages\` ADD \`section\` text;`)
  await db.run(sql`CREATE INDEX \`pages_section_idx\` ON \`pages\` (\`section\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_section\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_section_idx\` ON \`_pages_v\` (\`version_section\`);`)
  await db.run(sql`ALTER TABLE \`categories\` ADD \`section\` text;`)
  await db.run(sql`CREATE INDEX \`categories_section_idx\` ON \`categories\` (\`section\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`pages_section_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`section\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_section_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_section\`;`)
  await db.run(sql`DROP INDEX \`categories_section_idx\`;`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`section\`;`)
}
