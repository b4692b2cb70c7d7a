import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`builds\` ADD \`worker\` text;`)
  await db.run(sql`ALTER TABLE \`builds\` ADD \`heartbeat_at\` text;`)
  await db.run(sql`CREATE INDEX \`builds_worker_idx\` ON \`builds\` (\`worker\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`builds_worker_idx\`;`)
  await db.run(sql`ALTER TABLE \`builds\` DROP COLUMN \`worker\`;`)
  await db.run(sql`ALTER TABLE \`builds\` DROP COLUMN \`heartbeat_at\`;`)
}
