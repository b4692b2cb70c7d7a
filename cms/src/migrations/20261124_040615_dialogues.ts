import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`dialogue_sessions_guests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	\`unit\` text,
  	\`photo_id\` integer,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogue_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_guests_order_idx\` ON \`dialogue_sessions_guests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_guests_parent_id_idx\` ON \`dialogue_sessions_guests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_guests_photo_idx\` ON \`dialogue_sessions_guests\` (\`photo_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogue_sessions_topics\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`dialogue_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_topics_order_idx\` ON \`dialogue_sessions_topics\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_topics_parent_id_idx\` ON \`dialogue_sessions_topics\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`dialogue_sessions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`topic\` text,
  	\`description\` text,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`state\` text DEFAULT 'announced' NOT NULL,
  	\`video_url\` text,
  	\`pinned_id\` integer,
  	\`slug\` text,
  	\`site_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`pinned_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_starts_at_idx\` ON \`dialogue_sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_state_idx\` ON \`dialogue_sessions\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_pinned_idx\` ON \`dialogue_sessions\` (\`pinned_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_slug_idx\` ON \`dialogue_sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_site_idx\` ON \`dialogue_sessions\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_updated_at_idx\` ON \`dialogue_sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_created_at_idx\` ON \`dialogue_sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`dialogue_sessions_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`dialogue_sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_rels_order_idx\` ON \`dialogue_sessions_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_rels_parent_idx\` ON \`dialogue_sessions_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_rels_path_idx\` ON \`dialogue_sessions_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`dialogue_sessions_rels_users_id_idx\` ON \`dialogue_sessions_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`questions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`receipt_code\` text,
  	\`ref\` text,
  	\`state\` text DEFAULT 'pending' NOT NULL,
  	\`session_id\` integer,
  	\`asker_name\` text NOT NULL,
  	\`asker_display_name\` text,
  	\`asker_email\` text,
  	\`asker_phone\` text,
  	\`asker_address\` text,
  	\`topic\` text,
  	\`text\` text NOT NULL,
  	\`public_text\` text,
  	\`received_at\` text,
  	\`display_order\` numeric DEFAULT 0,
  	\`assigned_guest\` text,
  	\`reject_reason\` text,
  	\`merged_into_id\` integer,
  	\`answer_body\` text,
  	\`answer_by\` text,
  	\`answer_at\` text,
  	\`answer_author_id\` integer,
  	\`held\` integer DEFAULT false,
  	\`hold_reasons\` text,
  	\`channel\` text DEFAULT 'admin',
  	\`search_key\` text,
  	\`ip_hash\` text,
  	\`site_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`dialogue_sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`merged_into_id\`) REFERENCES \`questions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answer_author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_receipt_code_idx\` ON \`questions\` (\`receipt_code\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`questions_ref_idx\` ON \`questions\` (\`ref\`);`)
  await db.run(sql`CREATE INDEX \`questions_state_idx\` ON \`questions\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`questions_session_idx\` ON \`questions\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_received_at_idx\` ON \`questions\` (\`received_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_merged_into_idx\` ON \`questions\` (\`merged_into_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_answer_answer_author_idx\` ON \`questions\` (\`answer_author_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_held_idx\` ON \`questions\` (\`held\`);`)
  await db.run(sql`CREATE INDEX \`questions_site_idx\` ON \`questions\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`questions_updated_at_idx\` ON \`questions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`questions_created_at_idx\` ON \`questions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`dialogue_sessions_id\` integer REFERENCES dialogue_sessions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`questions_id\` integer REFERENCES questions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_dialogue_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`dialogue_sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_questions_id_idx\` ON \`payload_locked_documents_rels\` (\`questions_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`dialogue_sessions_guests\`;`)
  await db.run(sql`DROP TABLE \`dialogue_sessions_topics\`;`)
  await db.run(sql`DROP TABLE \`dialogue_sessions\`;`)
  await db.run(sql`DROP TABLE \`dialogue_sessions_rels\`;`)
  await db.run(sql`DROP TABLE \`questions\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	\`users_id\` integer,
  	\`news_id\` integer,
  	\`pages_id\` integer,
  	\`categories_id\` integer,
  	\`navigation_id\` integer,
  	\`media_id\` integer,
  	\`invitations_id\` integer,
  	\`legal_documents_id\` integer,
  	\`legal_files_id\` integer,
  	\`procedures_id\` integer,
  	\`consultations_id\` integer,
  	\`consultation_comments_id\` integer,
  	\`workflow_events_id\` integer,
  	\`redirects_id\` integer,
  	\`builds_id\` integer,
  	\`audit_log_id\` integer,
  	\`outbox_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`navigation_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`invitations_id\`) REFERENCES \`invitations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_documents_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`legal_files_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`procedures_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultations_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consultation_comments_id\`) REFERENCES \`consultation_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "invitations_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "workflow_events_id", "redirects_id", "builds_id", "audit_log_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "invitations_id", "legal_documents_id", "legal_files_id", "procedures_id", "consultations_id", "consultation_comments_id", "workflow_events_id", "redirects_id", "builds_id", "audit_log_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_navigation_id_idx\` ON \`payload_locked_documents_rels\` (\`navigation_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invitations_id_idx\` ON \`payload_locked_documents_rels\` (\`invitations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_files_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}
