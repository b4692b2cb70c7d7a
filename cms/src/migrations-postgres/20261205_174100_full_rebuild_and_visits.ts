import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_build_runs_status" AS ENUM('running', 'finished');
  CREATE TABLE "build_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reason" varchar,
  	"status" "enum_build_runs_status" DEFAULT 'running' NOT NULL,
  	"active" varchar,
  	"full" boolean DEFAULT false,
  	"started_by" varchar,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"total" numeric DEFAULT 0 NOT NULL,
  	"done" numeric DEFAULT 0 NOT NULL,
  	"failed" numeric DEFAULT 0 NOT NULL,
  	"pages" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "sites" ADD COLUMN "visits" numeric DEFAULT 0;
  ALTER TABLE "builds" ADD COLUMN "run_id" integer;
  ALTER TABLE "builds" ADD COLUMN "visits" numeric;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "build_runs_id" integer;
  CREATE INDEX "build_runs_status_idx" ON "build_runs" USING btree ("status");
  CREATE UNIQUE INDEX "build_runs_active_idx" ON "build_runs" USING btree ("active");
  CREATE INDEX "build_runs_updated_at_idx" ON "build_runs" USING btree ("updated_at");
  CREATE INDEX "build_runs_created_at_idx" ON "build_runs" USING btree ("created_at");
  ALTER TABLE "builds" ADD CONSTRAINT "builds_run_id_build_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."build_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_build_runs_fk" FOREIGN KEY ("build_runs_id") REFERENCES "public"."build_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "builds_run_idx" ON "builds" USING btree ("run_id");
  CREATE INDEX "payload_locked_documents_rels_build_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("build_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "build_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "build_runs" CASCADE;
  ALTER TABLE "builds" DROP CONSTRAINT "builds_run_id_build_runs_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_build_runs_fk";
  
  DROP INDEX "builds_run_idx";
  DROP INDEX "payload_locked_documents_rels_build_runs_id_idx";
  ALTER TABLE "sites" DROP COLUMN "visits";
  ALTER TABLE "builds" DROP COLUMN "run_id";
  ALTER TABLE "builds" DROP COLUMN "visits";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "build_runs_id";
  DROP TYPE "public"."enum_build_runs_status";`)
}
