import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`delivery_key\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`outbox_delivery_key_idx\` ON \`outbox\` (\`delivery_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`outbox_delivery_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`delivery_key\`;`)
}
