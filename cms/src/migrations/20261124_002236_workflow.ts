import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`workflow_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`title\` text,
  	\`site_id\` integer,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text,
  	\`comment\` text,
  	\`user_id\` integer,
  	\`by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_events_doc_id_idx\` ON \`workflow_events\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_site_idx\` ON \`workflow_events\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_user_idx\` ON \`workflow_events\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_updated_at_idx\` ON \`workflow_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_events_created_at_idx\` ON \`workflow_events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`collectionSlug_docId_idx\` ON \`workflow_events\` (\`collection_slug\`,\`doc_id\`);`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`require_approval\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`news_workflow_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`workflow_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`pages_workflow_workflow_state_idx\` ON \`pages\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_workflow_unpublish_reason\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_workflow_version_workflow_state_idx\` ON \`_pages_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_events_id\` integer REFERENCES workflow_events(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`workflow_events\`;`)
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
  	\`builds_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`navigation_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "builds_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "builds_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`news_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_note\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_unpublish_reason\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_note\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_unpublish_reason\`;`)
  await db.run(sql`DROP INDEX \`pages_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`workflow_note\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`workflow_unpublish_reason\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_workflow_note\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_workflow_unpublish_reason\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`require_approval\`;`)
}
