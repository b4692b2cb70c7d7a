import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`takedowns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`kind\` text NOT NULL,
  	\`reason\` text,
  	\`path\` text NOT NULL,
  	\`target_collection\` text,
  	\`target_id\` text,
  	\`target_path\` text,
  	\`successor_id\` integer,
  	\`user_id\` integer,
  	\`by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`successor_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`takedowns_site_idx\` ON \`takedowns\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`takedowns_successor_idx\` ON \`takedowns\` (\`successor_id\`);`)
  await db.run(sql`CREATE INDEX \`takedowns_user_idx\` ON \`takedowns\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`takedowns_updated_at_idx\` ON \`takedowns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`takedowns_created_at_idx\` ON \`takedowns\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`collectionSlug_docId_1_idx\` ON \`takedowns\` (\`collection_slug\`,\`doc_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_deleted_at_idx\` ON \`pages\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_deleted_at_idx\` ON \`_pages_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`legal_documents_deleted_at_idx\` ON \`legal_documents\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_deleted_at_idx\` ON \`_legal_documents_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_deleted_at_idx\` ON \`procedures\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_deleted_at_idx\` ON \`_procedures_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`consultations_deleted_at_idx\` ON \`consultations\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_deleted_at_idx\` ON \`_consultations_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`takedowns_id\` integer REFERENCES takedowns(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedowns_id_idx\` ON \`payload_locked_documents_rels\` (\`takedowns_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`takedowns\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`builds_id\` integer,
  	\`outbox_id\` integer,
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
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "users_id", "invitations_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "dialogue_sessions_id", "questions_id", "workflow_events_id", "builds_id", "outbox_id", "redirects_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "sites_id", "users_id", "invitations_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "dialogue_sessions_id", "questions_id", "workflow_events_id", "builds_id", "outbox_id", "redirects_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`news_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`pages_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`procedures_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`consultations_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_consultations_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_deleted_at\`;`)
}
