import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`builds\` ADD \`pages_written\` numeric;`)
  await db.run(sql`ALTER TABLE \`builds\` ADD \`checks\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`builds\` DROP COLUMN \`pages_written\`;`)
  await db.run(sql`ALTER TABLE \`builds\` DROP COLUMN \`checks\`;`)
}
