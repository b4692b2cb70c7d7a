import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sites\` ADD \`branding_header_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`contact_feedback_url\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`monitoring_emc_snippet\` text;`)
  await db.run(sql`CREATE INDEX \`sites_branding_branding_header_image_idx\` ON \`sites\` (\`branding_header_image_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`level\` text DEFAULT 'truc-thuoc' NOT NULL,
  	\`unit_code\` text,
  	\`parent_id\` integer,
  	\`theme\` text DEFAULT 'default' NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`require_approval\` integer DEFAULT false,
  	\`branding_logo_id\` integer,
  	\`branding_primary_color\` text,
  	\`contact_phone\` text,
  	\`contact_fax\` text,
  	\`contact_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`branding_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sites\`("id", "slug", "level", "unit_code", "parent_id", "theme", "status", "require_approval", "branding_logo_id", "branding_primary_color", "contact_phone", "contact_fax", "contact_email", "updated_at", "created_at") SELECT "id", "slug", "level", "unit_code", "parent_id", "theme", "status", "require_approval", "branding_logo_id", "branding_primary_color", "contact_phone", "contact_fax", "contact_email", "updated_at", "created_at" FROM \`sites\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`ALTER TABLE \`__new_sites\` RENAME TO \`sites\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sites_slug_idx\` ON \`sites\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sites_parent_idx\` ON \`sites\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_status_idx\` ON \`sites\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`sites_branding_branding_logo_idx\` ON \`sites\` (\`branding_logo_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
}
