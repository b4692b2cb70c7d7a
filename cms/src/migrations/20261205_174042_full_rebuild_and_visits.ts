import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`build_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reason\` text,
  	\`status\` text DEFAULT 'running' NOT NULL,
  	\`active\` text,
  	\`full\` integer DEFAULT false,
  	\`started_by\` text,
  	\`started_at\` text NOT NULL,
  	\`finished_at\` text,
  	\`total\` numeric DEFAULT 0 NOT NULL,
  	\`done\` numeric DEFAULT 0 NOT NULL,
  	\`failed\` numeric DEFAULT 0 NOT NULL,
  	\`pages\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`build_runs_status_idx\` ON \`build_runs\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`build_runs_active_idx\` ON \`build_runs\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`build_runs_updated_at_idx\` ON \`build_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`build_runs_created_at_idx\` ON \`build_runs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`visits\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`builds\` ADD \`run_id\` integer REFERENCES build_runs(id);`)
  await db.run(sql`ALTER TABLE \`builds\` ADD \`visits\` numeric;`)
  await db.run(sql`CREATE INDEX \`builds_run_idx\` ON \`builds\` (\`run_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`build_runs_id\` integer REFERENCES build_runs(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_build_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`build_runs_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`build_runs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_builds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`reason\` text,
  	\`queued_at\` text NOT NULL,
  	\`started_at\` text,
  	\`worker\` text,
  	\`heartbeat_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`pages\` numeric,
  	\`pages_written\` numeric,
  	\`checks\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_builds\`("id", "site_id", "status", "reason", "queued_at", "started_at", "worker", "heartbeat_at", "finished_at", "duration_ms", "pages", "pages_written", "checks", "log", "updated_at", "created_at") SELECT "id", "site_id", "status", "reason", "queued_at", "started_at", "worker", "heartbeat_at", "finished_at", "duration_ms", "pages", "pages_written", "checks", "log", "updated_at", "created_at" FROM \`builds\`;`)
  await db.run(sql`DROP TABLE \`builds\`;`)
  await db.run(sql`ALTER TABLE \`__new_builds\` RENAME TO \`builds\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`builds_site_idx\` ON \`builds\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`builds_status_idx\` ON \`builds\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`builds_worker_idx\` ON \`builds\` (\`worker\`);`)
  await db.run(sql`CREATE INDEX \`builds_updated_at_idx\` ON \`builds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`builds_created_at_idx\` ON \`builds\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_queuedAt_idx\` ON \`builds\` (\`status\`,\`queued_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	\`users_id\` integer,
  	\`invitations_id\` integer,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`categories_id\` integer,
  	\`navigation_id\` integer,
  	\`media_id\` integer,
  	\`legal_documents_id\` integer,
  	\`legal_files_id\` integer,
  	\`procedures_id\` integer,
  	\`consultations_id\` integer,
  	\`consultation_comments_id\` integer,
  	\`dialogue_sessions_id\` integer,
  	\`questions_id\` integer,
  	\`workflow_events_id\` integer,
  	\`takedowns_id\` integer,
  	\`builds_id\` integer,
  	\`outbox_id\` integer,
  	\`review_schedules_id\` integer,
  	\`review_reminders_id\` integer,
  	\`subscriptions_id\` integer,
  	\`redirects_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`navigation_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_files_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`dialogue_sessions_id\`) REFERENCES \`dialogue_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`questions_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`takedowns_id\`) REFERENCES \`takedowns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_schedules_id\`) REFERENCES \`review_schedules\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_reminders_id\`) REFERENCES \`review_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subscriptions_id\`) REFERENCES \`subscriptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "users_id", "invitations_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "dialogue_sessions_id", "questions_id", "workflow_events_id", "takedowns_id", "builds_id", "outbox_id", "review_schedules_id", "review_reminders_id", "subscriptions_id", "redirects_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "sites_id", "users_id", "invitations_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "dialogue_sessions_id", "questions_id", "workflow_events_id", "takedowns_id", "builds_id", "outbox_id", "review_schedules_id", "review_reminders_id", "subscriptions_id", "redirects_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_navigation_id_idx\` ON \`payload_locked_documents_rels\` (\`navigation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_files_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dialogue_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`dialogue_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedowns_id_idx\` ON \`payload_locked_documents_rels\` (\`takedowns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`review_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`visits\`;`)
}
