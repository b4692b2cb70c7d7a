import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` ADD \`account_status\` text DEFAULT 'active' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`questions\` ADD \`asker_show_name\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`account_status\`;`)
  await db.run(sql`ALTER TABLE \`questions\` DROP COLUMN \`asker_show_name\`;`)
}
