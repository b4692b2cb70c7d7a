import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "outbox" ADD COLUMN "delivery_key" varchar;
  CREATE UNIQUE INDEX "outbox_delivery_key_idx" ON "outbox" USING btree ("delivery_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "outbox_delivery_key_idx";
  ALTER TABLE "outbox" DROP COLUMN "delivery_key";`)
}
