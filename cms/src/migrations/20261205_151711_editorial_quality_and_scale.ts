import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`sites_review_intervals\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`months\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_review_intervals_order_idx\` ON \`sites_review_intervals\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`sites_review_intervals_parent_id_idx\` ON \`sites_review_intervals\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_change_notes_order_idx\` ON \`news_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_change_notes_parent_id_idx\` ON \`news_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_change_notes_at_idx\` ON \`news_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_notes_order_idx\` ON \`_news_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_notes_parent_id_idx\` ON \`_news_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_change_notes_at_idx\` ON \`_news_v_version_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`pages_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_change_notes_order_idx\` ON \`pages_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_change_notes_parent_id_idx\` ON \`pages_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_change_notes_at_idx\` ON \`pages_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_version_change_notes_order_idx\` ON \`_pages_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_change_notes_parent_id_idx\` ON \`_pages_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_change_notes_at_idx\` ON \`_pages_v_version_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_change_notes_order_idx\` ON \`legal_documents_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_change_notes_parent_id_idx\` ON \`legal_documents_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_change_notes_at_idx\` ON \`legal_documents_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_change_notes_order_idx\` ON \`_legal_documents_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_change_notes_parent_id_idx\` ON \`_legal_documents_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_change_notes_at_idx\` ON \`_legal_documents_v_version_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`procedures_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_change_notes_order_idx\` ON \`procedures_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_change_notes_parent_id_idx\` ON \`procedures_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_change_notes_at_idx\` ON \`procedures_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_change_notes_order_idx\` ON \`_procedures_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_change_notes_parent_id_idx\` ON \`_procedures_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_change_notes_at_idx\` ON \`_procedures_v_version_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`consultations_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_change_notes_order_idx\` ON \`consultations_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_change_notes_parent_id_idx\` ON \`consultations_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_change_notes_at_idx\` ON \`consultations_change_notes\` (\`at\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_change_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_notes_order_idx\` ON \`_consultations_v_version_change_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_notes_parent_id_idx\` ON \`_consultations_v_version_change_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_change_notes_at_idx\` ON \`_consultations_v_version_change_notes\` (\`at\`);`)
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
  await db.run(sql`CREATE TABLE \`review_schedules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`title\` text,
  	\`site_id\` integer,
  	\`owner_id\` integer,
  	\`last_reviewed_at\` text,
  	\`next_review_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`review_schedules_key_idx\` ON \`review_schedules\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_collection_idx\` ON \`review_schedules\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_site_idx\` ON \`review_schedules\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_owner_idx\` ON \`review_schedules\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_next_review_at_idx\` ON \`review_schedules\` (\`next_review_at\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_updated_at_idx\` ON \`review_schedules\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_schedules_created_at_idx\` ON \`review_schedules\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`recipients\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`review_reminders_key_idx\` ON \`review_reminders\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_updated_at_idx\` ON \`review_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_reminders_created_at_idx\` ON \`review_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`subscriptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`scope\` text NOT NULL,
  	\`category_id\` integer,
  	\`legal_type\` text,
  	\`doc_collection\` text,
  	\`doc_id\` text,
  	\`doc_title\` text,
  	\`frequency\` text DEFAULT 'immediate' NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`nonce\` text NOT NULL,
  	\`expires_at\` text,
  	\`confirmed_at\` text,
  	\`last_sent_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subscriptions_email_idx\` ON \`subscriptions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_site_idx\` ON \`subscriptions\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_scope_idx\` ON \`subscriptions\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_category_idx\` ON \`subscriptions\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_legal_type_idx\` ON \`subscriptions\` (\`legal_type\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_doc_collection_idx\` ON \`subscriptions\` (\`doc_collection\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_doc_id_idx\` ON \`subscriptions\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_frequency_idx\` ON \`subscriptions\` (\`frequency\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_status_idx\` ON \`subscriptions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_expires_at_idx\` ON \`subscriptions\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_last_sent_at_idx\` ON \`subscriptions\` (\`last_sent_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_updated_at_idx\` ON \`subscriptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subscriptions_created_at_idx\` ON \`subscriptions\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`news_deleted_at_idx\` ON \`news\` (\`deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_deleted_at_idx\` ON \`_news_v\` (\`version_deleted_at\`);`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`pages\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`pages_deleted_at_idx\` ON \`pages\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`site__status_idx\` ON \`pages\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_pages_v_version_version_deleted_at_idx\` ON \`_pages_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_idx\` ON \`_pages_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`legal_documents_deleted_at_idx\` ON \`legal_documents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`site__status_1_idx\` ON \`legal_documents\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_deleted_at_idx\` ON \`_legal_documents_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_1_idx\` ON \`_legal_documents_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`procedures\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`procedures_deleted_at_idx\` ON \`procedures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`site__status_2_idx\` ON \`procedures\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_deleted_at_idx\` ON \`_procedures_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_2_idx\` ON \`_procedures_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`consultations\` ADD \`deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`consultations_deleted_at_idx\` ON \`consultations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`site__status_3_idx\` ON \`consultations\` (\`site_id\`,\`_status\`);`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_change_notice_kind\` text DEFAULT 'minor';`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_change_notice_note\` text;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` ADD \`version_deleted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_deleted_at_idx\` ON \`_consultations_v\` (\`version_deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version__status_3_idx\` ON \`_consultations_v\` (\`version_site_id\`,\`version__status\`);`)
  await db.run(sql`ALTER TABLE \`outbox\` ADD \`headers\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`takedowns_id\` integer REFERENCES takedowns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_schedules_id\` integer REFERENCES review_schedules(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_reminders_id\` integer REFERENCES review_reminders(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subscriptions_id\` integer REFERENCES subscriptions(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_takedowns_id_idx\` ON \`payload_locked_documents_rels\` (\`takedowns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_schedules_id_idx\` ON \`payload_locked_documents_rels\` (\`review_schedules_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`review_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subscriptions_id_idx\` ON \`payload_locked_documents_rels\` (\`subscriptions_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_locales_parent_idx\` ON \`sites_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_texts_parent_idx\` ON \`sites_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_locales_parent_idx\` ON \`pages_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_locales_parent_idx\` ON \`_pages_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_texts_parent_idx\` ON \`legal_documents_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_texts_parent_idx\` ON \`_legal_documents_v_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`sites_review_intervals\`;`)
  await db.run(sql`DROP TABLE \`news_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`pages_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`procedures_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`consultations_change_notes\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_change_notes\`;`)
  await db.run(sql`DROP TABLE \`takedowns\`;`)
  await db.run(sql`DROP TABLE \`review_schedules\`;`)
  await db.run(sql`DROP TABLE \`review_reminders\`;`)
  await db.run(sql`DROP TABLE \`subscriptions\`;`)
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
  await db.run(sql`DROP INDEX \`sites_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`sites_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`news_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`pages_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`pages\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`pages_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_idx\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`_pages_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_pages_v_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`categories_locales_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`legal_documents\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`legal_documents_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`_legal_documents_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_legal_documents_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`procedures_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`procedures\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_procedures_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_2_idx\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`_procedures_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`DROP INDEX \`consultations_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`site__status_3_idx\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`consultations\` DROP COLUMN \`deleted_at\`;`)
  await db.run(sql`DROP INDEX \`_consultations_v_version_version_deleted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`version_site_version__status_3_idx\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_change_notice_kind\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_change_notice_note\`;`)
  await db.run(sql`ALTER TABLE \`_consultations_v\` DROP COLUMN \`version_deleted_at\`;`)
  await db.run(sql`ALTER TABLE \`outbox\` DROP COLUMN \`headers\`;`)
}
