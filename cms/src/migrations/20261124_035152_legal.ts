import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`legal_documents_validity_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`reason\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_history_order_idx\` ON \`legal_documents_validity_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_history_parent_id_idx\` ON \`legal_documents_validity_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_history_by_idx\` ON \`legal_documents_validity_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_order_idx\` ON \`legal_documents_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_parent_id_idx\` ON \`legal_documents_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_attachments_file_idx\` ON \`legal_documents_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`target_type\` text DEFAULT 'internal',
  	\`document_id\` integer,
  	\`number\` text,
  	\`title\` text,
  	\`url\` text,
  	\`provisions\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_order_idx\` ON \`legal_documents_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_parent_id_idx\` ON \`legal_documents_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_relations_document_idx\` ON \`legal_documents_relations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_inverse_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`document_id\` integer,
  	\`number\` text,
  	\`since\` text,
  	\`provisions\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_inverse_relations_order_idx\` ON \`legal_documents_inverse_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_inverse_relations_parent_id_idx\` ON \`legal_documents_inverse_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_inverse_relations_document_idx\` ON \`legal_documents_inverse_relations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text,
  	\`document_type\` text,
  	\`summary\` text,
  	\`issuing_body\` text,
  	\`signing_capacity\` text,
  	\`signing_for\` text,
  	\`signer_title\` text,
  	\`signer_name\` text,
  	\`issue_date\` text,
  	\`effective_date\` text,
  	\`expiry_date\` text,
  	\`validity_status\` text,
  	\`validity_since\` text,
  	\`validity_next_change\` text,
  	\`validity_reason\` text,
  	\`validity_override\` text,
  	\`validity_override_since\` text,
  	\`validity_override_reason\` text,
  	\`content\` text,
  	\`national_db_url\` text,
  	\`slug\` text,
  	\`dedupe_key\` text,
  	\`share_with_subordinates\` integer DEFAULT false,
  	\`site_id\` integer,
  	\`created_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_unpublish_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_document_type_idx\` ON \`legal_documents\` (\`document_type\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_issue_date_idx\` ON \`legal_documents\` (\`issue_date\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_status_idx\` ON \`legal_documents\` (\`validity_status\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_validity_next_change_idx\` ON \`legal_documents\` (\`validity_next_change\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_slug_idx\` ON \`legal_documents\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_dedupe_key_idx\` ON \`legal_documents\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_site_idx\` ON \`legal_documents\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_by_idx\` ON \`legal_documents\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_workflow_workflow_state_idx\` ON \`legal_documents\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_updated_at_idx\` ON \`legal_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_created_at_idx\` ON \`legal_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents__status_idx\` ON \`legal_documents\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`site_issueDate_idx\` ON \`legal_documents\` (\`site_id\`,\`issue_date\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_texts_order_parent\` ON \`legal_documents_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_order_idx\` ON \`legal_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_parent_idx\` ON \`legal_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_path_idx\` ON \`legal_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`legal_documents_rels_sites_id_idx\` ON \`legal_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_validity_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text,
  	\`at\` text,
  	\`by_name\` text,
  	\`by_id\` integer,
  	\`reason\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_validity_history_order_idx\` ON \`_legal_documents_v_version_validity_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_validity_history_parent_id_idx\` ON \`_legal_documents_v_version_validity_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_validity_history_by_idx\` ON \`_legal_documents_v_version_validity_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_attachments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_order_idx\` ON \`_legal_documents_v_version_attachments\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_parent_id_idx\` ON \`_legal_documents_v_version_attachments\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_attachments_file_idx\` ON \`_legal_documents_v_version_attachments\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`target_type\` text DEFAULT 'internal',
  	\`document_id\` integer,
  	\`number\` text,
  	\`title\` text,
  	\`url\` text,
  	\`provisions\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_order_idx\` ON \`_legal_documents_v_version_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_parent_id_idx\` ON \`_legal_documents_v_version_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_relations_document_idx\` ON \`_legal_documents_v_version_relations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_version_inverse_relations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`document_id\` integer,
  	\`number\` text,
  	\`since\` text,
  	\`provisions\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_inverse_relations_order_idx\` ON \`_legal_documents_v_version_inverse_relations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_inverse_relations_parent_id_idx\` ON \`_legal_documents_v_version_inverse_relations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_inverse_relations_document_idx\` ON \`_legal_documents_v_version_inverse_relations\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_number\` text,
  	\`version_document_type\` text,
  	\`version_summary\` text,
  	\`version_issuing_body\` text,
  	\`version_signing_capacity\` text,
  	\`version_signing_for\` text,
  	\`version_signer_title\` text,
  	\`version_signer_name\` text,
  	\`version_issue_date\` text,
  	\`version_effective_date\` text,
  	\`version_expiry_date\` text,
  	\`version_validity_status\` text,
  	\`version_validity_since\` text,
  	\`version_validity_next_change\` text,
  	\`version_validity_reason\` text,
  	\`version_validity_override\` text,
  	\`version_validity_override_since\` text,
  	\`version_validity_override_reason\` text,
  	\`version_content\` text,
  	\`version_national_db_url\` text,
  	\`version_slug\` text,
  	\`version_dedupe_key\` text,
  	\`version_share_with_subordinates\` integer DEFAULT false,
  	\`version_site_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_unpublish_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_parent_idx\` ON \`_legal_documents_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_document_type_idx\` ON \`_legal_documents_v\` (\`version_document_type\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_issue_date_idx\` ON \`_legal_documents_v\` (\`version_issue_date\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_validity_status_idx\` ON \`_legal_documents_v\` (\`version_validity_status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_validity_next_change_idx\` ON \`_legal_documents_v\` (\`version_validity_next_change\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_slug_idx\` ON \`_legal_documents_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_dedupe_key_idx\` ON \`_legal_documents_v\` (\`version_dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_site_idx\` ON \`_legal_documents_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_by_idx\` ON \`_legal_documents_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_workflow_version_workflow_sta_idx\` ON \`_legal_documents_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_updated_at_idx\` ON \`_legal_documents_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version_created_at_idx\` ON \`_legal_documents_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_version_version__status_idx\` ON \`_legal_documents_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_created_at_idx\` ON \`_legal_documents_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_updated_at_idx\` ON \`_legal_documents_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_snapshot_idx\` ON \`_legal_documents_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_published_locale_idx\` ON \`_legal_documents_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_latest_idx\` ON \`_legal_documents_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version_issueDate_idx\` ON \`_legal_documents_v\` (\`version_site_id\`,\`version_issue_date\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_texts_order_parent\` ON \`_legal_documents_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_legal_documents_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`sites_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_legal_documents_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_order_idx\` ON \`_legal_documents_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_parent_idx\` ON \`_legal_documents_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_path_idx\` ON \`_legal_documents_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_legal_documents_v_rels_sites_id_idx\` ON \`_legal_documents_v_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE TABLE \`legal_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`legal_files_site_idx\` ON \`legal_files\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`legal_files_updated_at_idx\` ON \`legal_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`legal_files_created_at_idx\` ON \`legal_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`legal_files_filename_idx\` ON \`legal_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`procedures_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_levels_order_idx\` ON \`procedures_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_levels_parent_idx\` ON \`procedures_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_steps_order_idx\` ON \`procedures_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_steps_parent_id_idx\` ON \`procedures_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`method\` text,
  	\`processing_time\` text,
  	\`fees\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_channels_order_idx\` ON \`procedures_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_channels_parent_id_idx\` ON \`procedures_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_dossier\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`case\` text,
  	\`name\` text,
  	\`form_id\` integer,
  	\`originals\` numeric DEFAULT 1,
  	\`copies\` numeric DEFAULT 0,
  	\`note\` text,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_dossier_order_idx\` ON \`procedures_dossier\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_dossier_parent_id_idx\` ON \`procedures_dossier\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_dossier_form_idx\` ON \`procedures_dossier\` (\`form_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_applicants\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_applicants_order_idx\` ON \`procedures_applicants\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_applicants_parent_idx\` ON \`procedures_applicants\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`document_id\` integer,
  	\`number\` text,
  	\`issue_date\` text,
  	\`issuing_body\` text,
  	\`title\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_legal_basis_order_idx\` ON \`procedures_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`procedures_legal_basis_parent_id_idx\` ON \`procedures_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_legal_basis_document_idx\` ON \`procedures_legal_basis\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`announcing_decision\` text,
  	\`name\` text,
  	\`field\` text,
  	\`procedure_type\` text,
  	\`implementing_agency\` text,
  	\`competent_authority\` text,
  	\`receiving_address\` text,
  	\`delegated_agency\` text,
  	\`coordinating_agencies\` text,
  	\`result\` text,
  	\`requirements\` text,
  	\`online_level\` text,
  	\`national_portal_url\` text,
  	\`online_submission_url\` text,
  	\`slug\` text,
  	\`site_id\` integer,
  	\`created_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_unpublish_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`procedures_code_idx\` ON \`procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`procedures_field_idx\` ON \`procedures\` (\`field\`);`)
  await db.run(sql`CREATE INDEX \`procedures_slug_idx\` ON \`procedures\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`procedures_site_idx\` ON \`procedures\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_by_idx\` ON \`procedures\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`procedures_workflow_workflow_state_idx\` ON \`procedures\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`procedures_updated_at_idx\` ON \`procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures_created_at_idx\` ON \`procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`procedures__status_idx\` ON \`procedures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`site_code_idx\` ON \`procedures\` (\`site_id\`,\`code\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_levels_order_idx\` ON \`_procedures_v_version_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_levels_parent_idx\` ON \`_procedures_v_version_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_steps_order_idx\` ON \`_procedures_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_steps_parent_id_idx\` ON \`_procedures_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`method\` text,
  	\`processing_time\` text,
  	\`fees\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_channels_order_idx\` ON \`_procedures_v_version_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_channels_parent_id_idx\` ON \`_procedures_v_version_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_dossier\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case\` text,
  	\`name\` text,
  	\`form_id\` integer,
  	\`originals\` numeric DEFAULT 1,
  	\`copies\` numeric DEFAULT 0,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`form_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_order_idx\` ON \`_procedures_v_version_dossier\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_parent_id_idx\` ON \`_procedures_v_version_dossier\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_dossier_form_idx\` ON \`_procedures_v_version_dossier\` (\`form_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_applicants\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_applicants_order_idx\` ON \`_procedures_v_version_applicants\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_applicants_parent_idx\` ON \`_procedures_v_version_applicants\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_id\` integer,
  	\`number\` text,
  	\`issue_date\` text,
  	\`issuing_body\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_procedures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_legal_basis_order_idx\` ON \`_procedures_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_legal_basis_parent_id_idx\` ON \`_procedures_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_legal_basis_document_idx\` ON \`_procedures_v_version_legal_basis\` (\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`_procedures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_code\` text,
  	\`version_announcing_decision\` text,
  	\`version_name\` text,
  	\`version_field\` text,
  	\`version_procedure_type\` text,
  	\`version_implementing_agency\` text,
  	\`version_competent_authority\` text,
  	\`version_receiving_address\` text,
  	\`version_delegated_agency\` text,
  	\`version_coordinating_agencies\` text,
  	\`version_result\` text,
  	\`version_requirements\` text,
  	\`version_online_level\` text,
  	\`version_national_portal_url\` text,
  	\`version_online_submission_url\` text,
  	\`version_slug\` text,
  	\`version_site_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_unpublish_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_procedures_v_parent_idx\` ON \`_procedures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_code_idx\` ON \`_procedures_v\` (\`version_code\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_field_idx\` ON \`_procedures_v\` (\`version_field\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_slug_idx\` ON \`_procedures_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_site_idx\` ON \`_procedures_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_by_idx\` ON \`_procedures_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_workflow_version_workflow_state_idx\` ON \`_procedures_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_updated_at_idx\` ON \`_procedures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version_created_at_idx\` ON \`_procedures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_version_version__status_idx\` ON \`_procedures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_created_at_idx\` ON \`_procedures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_updated_at_idx\` ON \`_procedures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_snapshot_idx\` ON \`_procedures_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_published_locale_idx\` ON \`_procedures_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_procedures_v_latest_idx\` ON \`_procedures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_site_version_code_idx\` ON \`_procedures_v\` (\`version_site_id\`,\`version_code\`);`)
  await db.run(sql`CREATE TABLE \`consultations_draft_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_draft_files_order_idx\` ON \`consultations_draft_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_draft_files_parent_id_idx\` ON \`consultations_draft_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_draft_files_file_idx\` ON \`consultations_draft_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`ref\` text,
  	\`title\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_articles_order_idx\` ON \`consultations_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`consultations_articles_parent_id_idx\` ON \`consultations_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consultations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`document_type\` text,
  	\`drafting_unit\` text,
  	\`summary\` text,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`status\` text,
  	\`contact_name\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`handling_summary\` text,
  	\`final_document_id\` integer,
  	\`slug\` text,
  	\`site_id\` integer,
  	\`created_by_id\` integer,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_note\` text,
  	\`workflow_unpublish_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`final_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultations_closes_at_idx\` ON \`consultations\` (\`closes_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_status_idx\` ON \`consultations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`consultations_final_document_idx\` ON \`consultations\` (\`final_document_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_slug_idx\` ON \`consultations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`consultations_site_idx\` ON \`consultations\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_by_idx\` ON \`consultations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultations_workflow_workflow_state_idx\` ON \`consultations\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`consultations_updated_at_idx\` ON \`consultations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations_created_at_idx\` ON \`consultations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultations__status_idx\` ON \`consultations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_draft_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_id\` integer,
  	\`label\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`legal_files\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_draft_files_order_idx\` ON \`_consultations_v_version_draft_files\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_draft_files_parent_id_idx\` ON \`_consultations_v_version_draft_files\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_draft_files_file_idx\` ON \`_consultations_v_version_draft_files\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v_version_articles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`ref\` text,
  	\`title\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consultations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_articles_order_idx\` ON \`_consultations_v_version_articles\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_articles_parent_id_idx\` ON \`_consultations_v_version_articles\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consultations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_document_type\` text,
  	\`version_drafting_unit\` text,
  	\`version_summary\` text,
  	\`version_opens_at\` text,
  	\`version_closes_at\` text,
  	\`version_status\` text,
  	\`version_contact_name\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_handling_summary\` text,
  	\`version_final_document_id\` integer,
  	\`version_slug\` text,
  	\`version_site_id\` integer,
  	\`version_created_by_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_note\` text,
  	\`version_workflow_unpublish_reason\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_final_document_id\`) REFERENCES \`legal_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_consultations_v_parent_idx\` ON \`_consultations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_closes_at_idx\` ON \`_consultations_v\` (\`version_closes_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_status_idx\` ON \`_consultations_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_final_document_idx\` ON \`_consultations_v\` (\`version_final_document_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_slug_idx\` ON \`_consultations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_site_idx\` ON \`_consultations_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_by_idx\` ON \`_consultations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_workflow_version_workflow_state_idx\` ON \`_consultations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_updated_at_idx\` ON \`_consultations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version_created_at_idx\` ON \`_consultations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_version_version__status_idx\` ON \`_consultations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_created_at_idx\` ON \`_consultations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_updated_at_idx\` ON \`_consultations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_snapshot_idx\` ON \`_consultations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_published_locale_idx\` ON \`_consultations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_consultations_v_latest_idx\` ON \`_consultations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`consultation_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`consultation_id\` integer NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`organisation\` text,
  	\`article\` text,
  	\`comment\` text NOT NULL,
  	\`moderation\` text DEFAULT 'pending' NOT NULL,
  	\`moderation_note\` text,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`receipt\` text,
  	\`source\` text DEFAULT 'web',
  	\`site_id\` integer NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`consultation_id\`) REFERENCES \`consultations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consultation_comments_consultation_idx\` ON \`consultation_comments\` (\`consultation_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_moderation_idx\` ON \`consultation_comments\` (\`moderation\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_moderated_by_idx\` ON \`consultation_comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_receipt_idx\` ON \`consultation_comments\` (\`receipt\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_site_idx\` ON \`consultation_comments\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_updated_at_idx\` ON \`consultation_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_comments_created_at_idx\` ON \`consultation_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`consultation_moderation_idx\` ON \`consultation_comments\` (\`consultation_id\`,\`moderation\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`legal_documents_id\` integer REFERENCES legal_documents(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`legal_files_id\` integer REFERENCES legal_files(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`procedures_id\` integer REFERENCES procedures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultations_id\` integer REFERENCES consultations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consultation_comments_id\` integer REFERENCES consultation_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_legal_files_id_idx\` ON \`payload_locked_documents_rels\` (\`legal_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultations_id_idx\` ON \`payload_locked_documents_rels\` (\`consultations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consultation_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`consultation_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`legal_documents_validity_history\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_attachments\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_relations\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_inverse_relations\`;`)
  await db.run(sql`DROP TABLE \`legal_documents\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_texts\`;`)
  await db.run(sql`DROP TABLE \`legal_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_validity_history\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_attachments\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_relations\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_version_inverse_relations\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_legal_documents_v_rels\`;`)
  await db.run(sql`DROP TABLE \`legal_files\`;`)
  await db.run(sql`DROP TABLE \`procedures_levels\`;`)
  await db.run(sql`DROP TABLE \`procedures_steps\`;`)
  await db.run(sql`DROP TABLE \`procedures_channels\`;`)
  await db.run(sql`DROP TABLE \`procedures_dossier\`;`)
  await db.run(sql`DROP TABLE \`procedures_applicants\`;`)
  await db.run(sql`DROP TABLE \`procedures_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`procedures\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_dossier\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_applicants\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_procedures_v\`;`)
  await db.run(sql`DROP TABLE \`consultations_draft_files\`;`)
  await db.run(sql`DROP TABLE \`consultations_articles\`;`)
  await db.run(sql`DROP TABLE \`consultations\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_draft_files\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v_version_articles\`;`)
  await db.run(sql`DROP TABLE \`_consultations_v\`;`)
  await db.run(sql`DROP TABLE \`consultation_comments\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	FOREIGN KEY (\`workflow_events_id\`) REFERENCES \`workflow_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`builds_id\`) REFERENCES \`builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "invitations_id", "workflow_events_id", "redirects_id", "builds_id", "audit_log_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "sites_id", "users_id", "news_id", "pages_id", "categories_id", "navigation_id", "media_id", "invitations_id", "workflow_events_id", "redirects_id", "builds_id", "audit_log_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_events_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`builds_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
