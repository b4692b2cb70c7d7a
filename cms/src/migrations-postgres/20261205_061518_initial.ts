import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_sites_level" AS ENUM('trung-uong', 'tinh', 'xa', 'truc-thuoc');
  CREATE TYPE "public"."enum_sites_theme" AS ENUM('default', 'xa');
  CREATE TYPE "public"."enum_sites_status" AS ENUM('active', 'archived');
  CREATE TYPE "public"."enum_users_memberships_role" AS ENUM('site-admin', 'editor', 'approver', 'author', 'moderator');
  CREATE TYPE "public"."enum_news_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_pages_section" AS ENUM('gioi-thieu', 'lanh-dao', 'lien-he', 'tin-tuc', 'chi-dao-dieu-hanh', 'van-ban', 'thu-tuc-hanh-chinh', 'pho-bien-phap-luat', 'chien-luoc-quy-hoach', 'du-an-dau-thau', 'thong-ke', 'bao-cao-tai-chinh', 'cong-khai-thong-tin', 'lay-y-kien', 'hoi-dap');
  CREATE TYPE "public"."enum_pages_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_section" AS ENUM('gioi-thieu', 'lanh-dao', 'lien-he', 'tin-tuc', 'chi-dao-dieu-hanh', 'van-ban', 'thu-tuc-hanh-chinh', 'pho-bien-phap-luat', 'chien-luoc-quy-hoach', 'du-an-dau-thau', 'thong-ke', 'bao-cao-tai-chinh', 'cong-khai-thong-tin', 'lay-y-kien', 'hoi-dap');
  CREATE TYPE "public"."enum__pages_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_categories_section" AS ENUM('gioi-thieu', 'lanh-dao', 'lien-he', 'tin-tuc', 'chi-dao-dieu-hanh', 'van-ban', 'thu-tuc-hanh-chinh', 'pho-bien-phap-luat', 'chien-luoc-quy-hoach', 'du-an-dau-thau', 'thong-ke', 'bao-cao-tai-chinh', 'cong-khai-thong-tin', 'lay-y-kien', 'hoi-dap');
  CREATE TYPE "public"."enum_invitations_role" AS ENUM('site-admin', 'editor', 'approver', 'author', 'moderator');
  CREATE TYPE "public"."enum_invitations_status" AS ENUM('pending', 'accepted', 'revoked');
  CREATE TYPE "public"."enum_legal_documents_validity_history_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum_legal_documents_relations_kind" AS ENUM('amends', 'supplements', 'replaces', 'replaces-partly', 'repeals', 'repeals-partly', 'guides', 'based-on');
  CREATE TYPE "public"."enum_legal_documents_relations_target_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum_legal_documents_inverse_relations_kind" AS ENUM('amends', 'supplements', 'replaces', 'replaces-partly', 'repeals', 'repeals-partly', 'guides', 'based-on');
  CREATE TYPE "public"."enum_legal_documents_document_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'cong-van', 'cong-dien', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'van-ban-hop-nhat', 'dieu-uoc-quoc-te', 'khac');
  CREATE TYPE "public"."enum_legal_documents_signing_capacity" AS ENUM('KT', 'TM', 'Q', 'TL', 'TUQ');
  CREATE TYPE "public"."enum_legal_documents_validity_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum_legal_documents_validity_override" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum_legal_documents_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_legal_documents_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_history_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum__legal_documents_v_version_relations_kind" AS ENUM('amends', 'supplements', 'replaces', 'replaces-partly', 'repeals', 'repeals-partly', 'guides', 'based-on');
  CREATE TYPE "public"."enum__legal_documents_v_version_relations_target_type" AS ENUM('internal', 'external');
  CREATE TYPE "public"."enum__legal_documents_v_version_inverse_relations_kind" AS ENUM('amends', 'supplements', 'replaces', 'replaces-partly', 'repeals', 'repeals-partly', 'guides', 'based-on');
  CREATE TYPE "public"."enum__legal_documents_v_version_document_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'cong-van', 'cong-dien', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'van-ban-hop-nhat', 'dieu-uoc-quoc-te', 'khac');
  CREATE TYPE "public"."enum__legal_documents_v_version_signing_capacity" AS ENUM('KT', 'TM', 'Q', 'TL', 'TUQ');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_status" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum__legal_documents_v_version_validity_override" AS ENUM('con-hieu-luc', 'het-hieu-luc-mot-phan', 'het-hieu-luc-toan-bo', 'chua-co-hieu-luc', 'ngung-hieu-luc');
  CREATE TYPE "public"."enum__legal_documents_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum__legal_documents_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__legal_documents_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_procedures_levels" AS ENUM('bo', 'tinh', 'xa');
  CREATE TYPE "public"."enum_procedures_channels_method" AS ENUM('truc-tiep', 'truc-tuyen', 'buu-chinh');
  CREATE TYPE "public"."enum_procedures_applicants" AS ENUM('cong-dan-viet-nam', 'nguoi-viet-nam-o-nuoc-ngoai', 'nguoi-nuoc-ngoai', 'doanh-nghiep', 'hop-tac-xa', 'to-chuc', 'to-chuc-nuoc-ngoai', 'co-quan-nha-nuoc');
  CREATE TYPE "public"."enum_procedures_online_level" AS ENUM('toan-trinh', 'mot-phan');
  CREATE TYPE "public"."enum_procedures_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_procedures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_version_levels" AS ENUM('bo', 'tinh', 'xa');
  CREATE TYPE "public"."enum__procedures_v_version_channels_method" AS ENUM('truc-tiep', 'truc-tuyen', 'buu-chinh');
  CREATE TYPE "public"."enum__procedures_v_version_applicants" AS ENUM('cong-dan-viet-nam', 'nguoi-viet-nam-o-nuoc-ngoai', 'nguoi-nuoc-ngoai', 'doanh-nghiep', 'hop-tac-xa', 'to-chuc', 'to-chuc-nuoc-ngoai', 'co-quan-nha-nuoc');
  CREATE TYPE "public"."enum__procedures_v_version_online_level" AS ENUM('toan-trinh', 'mot-phan');
  CREATE TYPE "public"."enum__procedures_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum__procedures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__procedures_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_consultations_document_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'cong-van', 'cong-dien', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'van-ban-hop-nhat', 'dieu-uoc-quoc-te', 'khac');
  CREATE TYPE "public"."enum_consultations_phase" AS ENUM('sap-mo', 'dang-lay-y-kien', 'da-ket-thuc');
  CREATE TYPE "public"."enum_consultations_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_consultations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_version_document_type" AS ENUM('hien-phap', 'bo-luat', 'luat', 'nghi-quyet', 'phap-lenh', 'lenh', 'nghi-dinh', 'quyet-dinh', 'thong-tu', 'thong-tu-lien-tich', 'chi-thi', 'cong-van', 'cong-dien', 'ke-hoach', 'thong-bao', 'huong-dan', 'bao-cao', 'van-ban-hop-nhat', 'dieu-uoc-quoc-te', 'khac');
  CREATE TYPE "public"."enum__consultations_v_version_workflow_state" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum__consultations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__consultations_v_published_locale" AS ENUM('vi', 'en');
  CREATE TYPE "public"."enum_consultation_comments_moderation" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_consultation_comments_source" AS ENUM('web', 'staff');
  CREATE TYPE "public"."enum_dialogue_sessions_state" AS ENUM('announced', 'open', 'live', 'closed', 'archived');
  CREATE TYPE "public"."enum_questions_state" AS ENUM('pending', 'approved', 'rejected', 'merged', 'answered', 'hidden');
  CREATE TYPE "public"."enum_questions_channel" AS ENUM('web', 'form', 'admin');
  CREATE TYPE "public"."enum_workflow_events_action" AS ENUM('submit', 'return', 'approve', 'unpublish');
  CREATE TYPE "public"."enum_workflow_events_from" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_workflow_events_to" AS ENUM('draft', 'submitted', 'returned', 'published', 'unpublished');
  CREATE TYPE "public"."enum_redirects_reason" AS ENUM('merge', 'retire', 'manual');
  CREATE TYPE "public"."enum_builds_status" AS ENUM('queued', 'running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'publish', 'unpublish', 'login', 'login-failed', 'role-change', 'workflow', 'security');
  CREATE TYPE "public"."enum_outbox_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'buildPortals', 'sendOutboxMail', 'refreshLegalStatuses', 'syncSearch', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'buildPortals', 'sendOutboxMail', 'refreshLegalStatuses', 'syncSearch', 'schedulePublish');
  CREATE TYPE "public"."enum_security_settings_two_factor_roles" AS ENUM('platform-admin', 'site-admin', 'editor', 'approver', 'author', 'moderator');
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"level" "enum_sites_level" DEFAULT 'truc-thuoc' NOT NULL,
  	"unit_code" varchar,
  	"parent_id" integer,
  	"theme" "enum_sites_theme" DEFAULT 'default' NOT NULL,
  	"status" "enum_sites_status" DEFAULT 'active' NOT NULL,
  	"require_approval" boolean DEFAULT false,
  	"branding_logo_id" integer,
  	"branding_primary_color" varchar,
  	"branding_header_image_id" integer,
  	"contact_phone" varchar,
  	"contact_fax" varchar,
  	"contact_email" varchar,
  	"contact_feedback_url" varchar,
  	"monitoring_emc_snippet" varchar,
  	"merged_into_id" integer,
  	"archived_at" timestamp(3) with time zone,
  	"redirect_to" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_locales" (
  	"name" varchar NOT NULL,
  	"contact_address" varchar,
  	"imprint_owning_agency" varchar,
  	"imprint_responsible_person" varchar,
  	"imprint_licence" varchar,
  	"retirement_notice" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sites_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "users_memberships" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"role" "enum_users_memberships_role" NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"platform_admin" boolean DEFAULT false,
  	"two_factor_enabled" boolean DEFAULT false,
  	"totp_secret" varchar,
  	"totp_pending_secret" varchar,
  	"totp_last_step" numeric,
  	"recovery_code_hashes" jsonb,
  	"two_factor_failures" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"cover_id" integer,
  	"content" jsonb,
  	"author" varchar,
  	"source" varchar,
  	"published_at" timestamp(3) with time zone,
  	"share_with_subordinates" boolean DEFAULT false,
  	"slug" varchar,
  	"site_id" integer,
  	"created_by_id" integer,
  	"workflow_state" "enum_news_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"sites_id" integer
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_cover_id" integer,
  	"version_content" jsonb,
  	"version_author" varchar,
  	"version_source" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_share_with_subordinates" boolean DEFAULT false,
  	"version_slug" varchar,
  	"version_site_id" integer,
  	"version_created_by_id" integer,
  	"version_workflow_state" "enum__news_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"categories_id" integer,
  	"sites_id" integer
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_links_list_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "pages_blocks_links_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"unit" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"address" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"site_id" integer,
  	"section" "enum_pages_section",
  	"created_by_id" integer,
  	"workflow_state" "enum_pages_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_links_list_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_links_list" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_contact_card" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"position" varchar,
  	"unit" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"address" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_site_id" integer,
  	"version_section" "enum__pages_v_version_section",
  	"version_created_by_id" integer,
  	"version_workflow_state" "enum__pages_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"section" "enum_categories_section",
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "navigation_header" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "navigation_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar DEFAULT 'Trình đơn chính',
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar NOT NULL,
  	"credit" varchar,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_w480_url" varchar,
  	"sizes_w480_width" numeric,
  	"sizes_w480_height" numeric,
  	"sizes_w480_mime_type" varchar,
  	"sizes_w480_filesize" numeric,
  	"sizes_w480_filename" varchar,
  	"sizes_w960_url" varchar,
  	"sizes_w960_width" numeric,
  	"sizes_w960_height" numeric,
  	"sizes_w960_mime_type" varchar,
  	"sizes_w960_filesize" numeric,
  	"sizes_w960_filename" varchar,
  	"sizes_w1600_url" varchar,
  	"sizes_w1600_width" numeric,
  	"sizes_w1600_height" numeric,
  	"sizes_w1600_mime_type" varchar,
  	"sizes_w1600_filesize" numeric,
  	"sizes_w1600_filename" varchar
  );
  
  CREATE TABLE "invitations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"site_id" integer NOT NULL,
  	"role" "enum_invitations_role" NOT NULL,
  	"status" "enum_invitations_status" DEFAULT 'pending',
  	"expires_at" timestamp(3) with time zone,
  	"invited_by_id" integer,
  	"accepted_at" timestamp(3) with time zone,
  	"accepted_user_id" integer,
  	"token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "legal_documents_validity_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"status" "enum_legal_documents_validity_history_status",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"reason" varchar
  );
  
  CREATE TABLE "legal_documents_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar
  );
  
  CREATE TABLE "legal_documents_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_legal_documents_relations_kind",
  	"target_type" "enum_legal_documents_relations_target_type" DEFAULT 'internal',
  	"document_id" integer,
  	"number" varchar,
  	"title" varchar,
  	"url" varchar,
  	"provisions" varchar
  );
  
  CREATE TABLE "legal_documents_inverse_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_legal_documents_inverse_relations_kind",
  	"document_id" integer,
  	"number" varchar,
  	"since" timestamp(3) with time zone,
  	"provisions" varchar
  );
  
  CREATE TABLE "legal_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" varchar,
  	"document_type" "enum_legal_documents_document_type",
  	"summary" varchar,
  	"issuing_body" varchar,
  	"signing_capacity" "enum_legal_documents_signing_capacity",
  	"signing_for" varchar,
  	"signer_title" varchar,
  	"signer_name" varchar,
  	"issue_date" timestamp(3) with time zone,
  	"effective_date" timestamp(3) with time zone,
  	"expiry_date" timestamp(3) with time zone,
  	"validity_status" "enum_legal_documents_validity_status",
  	"validity_since" timestamp(3) with time zone,
  	"validity_next_change" timestamp(3) with time zone,
  	"validity_reason" varchar,
  	"validity_override" "enum_legal_documents_validity_override",
  	"validity_override_since" timestamp(3) with time zone,
  	"validity_override_reason" varchar,
  	"content" jsonb,
  	"national_db_url" varchar,
  	"slug" varchar,
  	"dedupe_key" varchar,
  	"share_with_subordinates" boolean DEFAULT false,
  	"site_id" integer,
  	"created_by_id" integer,
  	"workflow_state" "enum_legal_documents_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_legal_documents_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "legal_documents_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "legal_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "_legal_documents_v_version_validity_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum__legal_documents_v_version_validity_history_status",
  	"at" timestamp(3) with time zone,
  	"by_name" varchar,
  	"by_id" integer,
  	"reason" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_attachments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__legal_documents_v_version_relations_kind",
  	"target_type" "enum__legal_documents_v_version_relations_target_type" DEFAULT 'internal',
  	"document_id" integer,
  	"number" varchar,
  	"title" varchar,
  	"url" varchar,
  	"provisions" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v_version_inverse_relations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__legal_documents_v_version_inverse_relations_kind",
  	"document_id" integer,
  	"number" varchar,
  	"since" timestamp(3) with time zone,
  	"provisions" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_legal_documents_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_number" varchar,
  	"version_document_type" "enum__legal_documents_v_version_document_type",
  	"version_summary" varchar,
  	"version_issuing_body" varchar,
  	"version_signing_capacity" "enum__legal_documents_v_version_signing_capacity",
  	"version_signing_for" varchar,
  	"version_signer_title" varchar,
  	"version_signer_name" varchar,
  	"version_issue_date" timestamp(3) with time zone,
  	"version_effective_date" timestamp(3) with time zone,
  	"version_expiry_date" timestamp(3) with time zone,
  	"version_validity_status" "enum__legal_documents_v_version_validity_status",
  	"version_validity_since" timestamp(3) with time zone,
  	"version_validity_next_change" timestamp(3) with time zone,
  	"version_validity_reason" varchar,
  	"version_validity_override" "enum__legal_documents_v_version_validity_override",
  	"version_validity_override_since" timestamp(3) with time zone,
  	"version_validity_override_reason" varchar,
  	"version_content" jsonb,
  	"version_national_db_url" varchar,
  	"version_slug" varchar,
  	"version_dedupe_key" varchar,
  	"version_share_with_subordinates" boolean DEFAULT false,
  	"version_site_id" integer,
  	"version_created_by_id" integer,
  	"version_workflow_state" "enum__legal_documents_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__legal_documents_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__legal_documents_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_legal_documents_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_legal_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "legal_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "procedures_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "procedures_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"method" "enum_procedures_channels_method",
  	"processing_time" varchar,
  	"fees" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "procedures_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"case" varchar,
  	"name" varchar,
  	"form_id" integer,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"note" varchar
  );
  
  CREATE TABLE "procedures_applicants" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_procedures_applicants",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "procedures_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"number" varchar,
  	"issue_date" timestamp(3) with time zone,
  	"issuing_body" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"announcing_decision" varchar,
  	"name" varchar,
  	"field" varchar,
  	"procedure_type" varchar,
  	"implementing_agency" varchar,
  	"competent_authority" varchar,
  	"receiving_address" varchar,
  	"delegated_agency" varchar,
  	"coordinating_agencies" varchar,
  	"result" varchar,
  	"requirements" varchar,
  	"online_level" "enum_procedures_online_level",
  	"national_portal_url" varchar,
  	"online_submission_url" varchar,
  	"slug" varchar,
  	"site_id" integer,
  	"created_by_id" integer,
  	"workflow_state" "enum_procedures_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_procedures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_procedures_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"method" "enum__procedures_v_version_channels_method",
  	"processing_time" varchar,
  	"fees" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_dossier" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"case" varchar,
  	"name" varchar,
  	"form_id" integer,
  	"originals" numeric DEFAULT 1,
  	"copies" numeric DEFAULT 0,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v_version_applicants" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__procedures_v_version_applicants",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_procedures_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"number" varchar,
  	"issue_date" timestamp(3) with time zone,
  	"issuing_body" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_procedures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_code" varchar,
  	"version_announcing_decision" varchar,
  	"version_name" varchar,
  	"version_field" varchar,
  	"version_procedure_type" varchar,
  	"version_implementing_agency" varchar,
  	"version_competent_authority" varchar,
  	"version_receiving_address" varchar,
  	"version_delegated_agency" varchar,
  	"version_coordinating_agencies" varchar,
  	"version_result" varchar,
  	"version_requirements" varchar,
  	"version_online_level" "enum__procedures_v_version_online_level",
  	"version_national_portal_url" varchar,
  	"version_online_submission_url" varchar,
  	"version_slug" varchar,
  	"version_site_id" integer,
  	"version_created_by_id" integer,
  	"version_workflow_state" "enum__procedures_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__procedures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__procedures_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "consultations_draft_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar
  );
  
  CREATE TABLE "consultations_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"ref" varchar,
  	"title" varchar
  );
  
  CREATE TABLE "consultations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_type" "enum_consultations_document_type",
  	"drafting_unit" varchar,
  	"summary" varchar,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"status" "enum_consultations_phase",
  	"contact_name" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"contact_address" varchar,
  	"handling_summary" jsonb,
  	"final_document_id" integer,
  	"slug" varchar,
  	"site_id" integer,
  	"created_by_id" integer,
  	"workflow_state" "enum_consultations_workflow_state" DEFAULT 'draft',
  	"workflow_note" varchar,
  	"workflow_unpublish_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_consultations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_consultations_v_version_draft_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_id" integer,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v_version_articles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"ref" varchar,
  	"title" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_consultations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_document_type" "enum__consultations_v_version_document_type",
  	"version_drafting_unit" varchar,
  	"version_summary" varchar,
  	"version_opens_at" timestamp(3) with time zone,
  	"version_closes_at" timestamp(3) with time zone,
  	"version_status" "enum_consultations_phase",
  	"version_contact_name" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_contact_address" varchar,
  	"version_handling_summary" jsonb,
  	"version_final_document_id" integer,
  	"version_slug" varchar,
  	"version_site_id" integer,
  	"version_created_by_id" integer,
  	"version_workflow_state" "enum__consultations_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_note" varchar,
  	"version_workflow_unpublish_reason" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__consultations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__consultations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "consultation_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"consultation_id" integer NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"organisation" varchar,
  	"article" varchar,
  	"comment" varchar NOT NULL,
  	"moderation" "enum_consultation_comments_moderation" DEFAULT 'pending' NOT NULL,
  	"moderation_note" varchar,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"receipt" varchar,
  	"source" "enum_consultation_comments_source" DEFAULT 'web',
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dialogue_sessions_guests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"position" varchar,
  	"unit" varchar,
  	"photo_id" integer
  );
  
  CREATE TABLE "dialogue_sessions_topics" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL
  );
  
  CREATE TABLE "dialogue_sessions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"topic" varchar,
  	"description" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"state" "enum_dialogue_sessions_state" DEFAULT 'announced' NOT NULL,
  	"video_url" varchar,
  	"pinned_id" integer,
  	"slug" varchar,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "dialogue_sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "questions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"receipt_code" varchar,
  	"ref" varchar,
  	"state" "enum_questions_state" DEFAULT 'pending' NOT NULL,
  	"session_id" integer,
  	"asker_name" varchar NOT NULL,
  	"asker_display_name" varchar,
  	"asker_email" varchar,
  	"asker_phone" varchar,
  	"asker_address" varchar,
  	"topic" varchar,
  	"text" varchar NOT NULL,
  	"public_text" varchar,
  	"received_at" timestamp(3) with time zone,
  	"display_order" numeric DEFAULT 0,
  	"assigned_guest" varchar,
  	"reject_reason" varchar,
  	"merged_into_id" integer,
  	"answer_body" jsonb,
  	"answer_by" varchar,
  	"answer_at" timestamp(3) with time zone,
  	"answer_author_id" integer,
  	"held" boolean DEFAULT false,
  	"hold_reasons" varchar,
  	"channel" "enum_questions_channel" DEFAULT 'admin',
  	"search_key" varchar,
  	"ip_hash" varchar,
  	"site_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "workflow_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"doc_id" varchar NOT NULL,
  	"title" varchar,
  	"site_id" integer,
  	"action" "enum_workflow_events_action" NOT NULL,
  	"from" "enum_workflow_events_from",
  	"to" "enum_workflow_events_to",
  	"comment" varchar,
  	"user_id" integer,
  	"by" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from_site_id" integer NOT NULL,
  	"from_path" varchar NOT NULL,
  	"to_url" varchar NOT NULL,
  	"to_site_id" integer,
  	"status" numeric DEFAULT 301 NOT NULL,
  	"reason" "enum_redirects_reason" DEFAULT 'manual' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_id" integer NOT NULL,
  	"status" "enum_builds_status" DEFAULT 'queued' NOT NULL,
  	"reason" varchar,
  	"queued_at" timestamp(3) with time zone NOT NULL,
  	"started_at" timestamp(3) with time zone,
  	"worker" varchar,
  	"heartbeat_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"pages_written" numeric,
  	"checks" jsonb,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"collection_slug" varchar,
  	"doc_id" varchar,
  	"title" varchar,
  	"site_id" integer,
  	"user_id" integer,
  	"email" varchar,
  	"ip" varchar,
  	"user_agent" varchar,
  	"detail" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar NOT NULL,
  	"html" varchar,
  	"status" "enum_outbox_status" DEFAULT 'queued' NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer,
  	"users_id" integer,
  	"news_id" integer,
  	"pages_id" integer,
  	"categories_id" integer,
  	"navigation_id" integer,
  	"media_id" integer,
  	"invitations_id" integer,
  	"legal_documents_id" integer,
  	"legal_files_id" integer,
  	"procedures_id" integer,
  	"consultations_id" integer,
  	"consultation_comments_id" integer,
  	"dialogue_sessions_id" integer,
  	"questions_id" integer,
  	"workflow_events_id" integer,
  	"redirects_id" integer,
  	"builds_id" integer,
  	"audit_log_id" integer,
  	"outbox_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "security_settings_two_factor_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_security_settings_two_factor_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "security_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "sites" ADD CONSTRAINT "sites_parent_id_sites_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_branding_logo_id_media_id_fk" FOREIGN KEY ("branding_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_branding_header_image_id_media_id_fk" FOREIGN KEY ("branding_header_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_merged_into_id_sites_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_locales" ADD CONSTRAINT "sites_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites_texts" ADD CONSTRAINT "sites_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_memberships" ADD CONSTRAINT "users_memberships_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_rels" ADD CONSTRAINT "news_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_rels" ADD CONSTRAINT "_news_v_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_links_list_links" ADD CONSTRAINT "pages_blocks_links_list_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_links_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_links_list" ADD CONSTRAINT "pages_blocks_links_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_contact_card" ADD CONSTRAINT "pages_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages" ADD CONSTRAINT "pages_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_links_list_links" ADD CONSTRAINT "_pages_v_blocks_links_list_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_links_list"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_links_list" ADD CONSTRAINT "_pages_v_blocks_links_list_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_contact_card" ADD CONSTRAINT "_pages_v_blocks_contact_card_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "categories" ADD CONSTRAINT "categories_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation" ADD CONSTRAINT "navigation_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invitations" ADD CONSTRAINT "invitations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_user_id_users_id_fk" FOREIGN KEY ("accepted_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_validity_history" ADD CONSTRAINT "legal_documents_validity_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_validity_history" ADD CONSTRAINT "legal_documents_validity_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_file_id_legal_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_attachments" ADD CONSTRAINT "legal_documents_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_relations" ADD CONSTRAINT "legal_documents_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_inverse_relations" ADD CONSTRAINT "legal_documents_inverse_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_inverse_relations" ADD CONSTRAINT "legal_documents_inverse_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents" ADD CONSTRAINT "legal_documents_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "legal_documents_texts" ADD CONSTRAINT "legal_documents_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_documents_rels" ADD CONSTRAINT "legal_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_validity_history" ADD CONSTRAINT "_legal_documents_v_version_validity_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_validity_history" ADD CONSTRAINT "_legal_documents_v_version_validity_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_file_id_legal_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_attachments" ADD CONSTRAINT "_legal_documents_v_version_attachments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_relations" ADD CONSTRAINT "_legal_documents_v_version_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_inverse_relations" ADD CONSTRAINT "_legal_documents_v_version_inverse_relations_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_version_inverse_relations" ADD CONSTRAINT "_legal_documents_v_version_inverse_relations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_parent_id_legal_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v" ADD CONSTRAINT "_legal_documents_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_texts" ADD CONSTRAINT "_legal_documents_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_legal_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_legal_documents_v_rels" ADD CONSTRAINT "_legal_documents_v_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "legal_files" ADD CONSTRAINT "legal_files_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_levels" ADD CONSTRAINT "procedures_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_steps" ADD CONSTRAINT "procedures_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_channels" ADD CONSTRAINT "procedures_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_form_id_legal_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_dossier" ADD CONSTRAINT "procedures_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_applicants" ADD CONSTRAINT "procedures_applicants_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures_legal_basis" ADD CONSTRAINT "procedures_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procedures" ADD CONSTRAINT "procedures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_levels" ADD CONSTRAINT "_procedures_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_steps" ADD CONSTRAINT "_procedures_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_channels" ADD CONSTRAINT "_procedures_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_form_id_legal_files_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_dossier" ADD CONSTRAINT "_procedures_v_version_dossier_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_applicants" ADD CONSTRAINT "_procedures_v_version_applicants_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis" ADD CONSTRAINT "_procedures_v_version_legal_basis_document_id_legal_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v_version_legal_basis" ADD CONSTRAINT "_procedures_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_procedures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_parent_id_procedures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procedures_v" ADD CONSTRAINT "_procedures_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_draft_files" ADD CONSTRAINT "consultations_draft_files_file_id_legal_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations_draft_files" ADD CONSTRAINT "consultations_draft_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations_articles" ADD CONSTRAINT "consultations_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_final_document_id_legal_documents_id_fk" FOREIGN KEY ("final_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_draft_files" ADD CONSTRAINT "_consultations_v_version_draft_files_file_id_legal_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."legal_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_draft_files" ADD CONSTRAINT "_consultations_v_version_draft_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v_version_articles" ADD CONSTRAINT "_consultations_v_version_articles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consultations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_parent_id_consultations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_final_document_id_legal_documents_id_fk" FOREIGN KEY ("version_final_document_id") REFERENCES "public"."legal_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_consultations_v" ADD CONSTRAINT "_consultations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogue_sessions_guests" ADD CONSTRAINT "dialogue_sessions_guests_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogue_sessions_guests" ADD CONSTRAINT "dialogue_sessions_guests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogue_sessions_topics" ADD CONSTRAINT "dialogue_sessions_topics_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_pinned_id_questions_id_fk" FOREIGN KEY ("pinned_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogue_sessions" ADD CONSTRAINT "dialogue_sessions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "dialogue_sessions_rels" ADD CONSTRAINT "dialogue_sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "dialogue_sessions_rels" ADD CONSTRAINT "dialogue_sessions_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_session_id_dialogue_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_merged_into_id_questions_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."questions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_answer_author_id_users_id_fk" FOREIGN KEY ("answer_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "questions" ADD CONSTRAINT "questions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_events" ADD CONSTRAINT "workflow_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_from_site_id_sites_id_fk" FOREIGN KEY ("from_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redirects" ADD CONSTRAINT "redirects_to_site_id_sites_id_fk" FOREIGN KEY ("to_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "builds" ADD CONSTRAINT "builds_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_navigation_fk" FOREIGN KEY ("navigation_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_invitations_fk" FOREIGN KEY ("invitations_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_documents_fk" FOREIGN KEY ("legal_documents_id") REFERENCES "public"."legal_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_legal_files_fk" FOREIGN KEY ("legal_files_id") REFERENCES "public"."legal_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_procedures_fk" FOREIGN KEY ("procedures_id") REFERENCES "public"."procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultations_fk" FOREIGN KEY ("consultations_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consultation_comments_fk" FOREIGN KEY ("consultation_comments_id") REFERENCES "public"."consultation_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dialogue_sessions_fk" FOREIGN KEY ("dialogue_sessions_id") REFERENCES "public"."dialogue_sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_questions_fk" FOREIGN KEY ("questions_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_events_fk" FOREIGN KEY ("workflow_events_id") REFERENCES "public"."workflow_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_builds_fk" FOREIGN KEY ("builds_id") REFERENCES "public"."builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "security_settings_two_factor_roles" ADD CONSTRAINT "security_settings_two_factor_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."security_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "sites_slug_idx" ON "sites" USING btree ("slug");
  CREATE INDEX "sites_parent_idx" ON "sites" USING btree ("parent_id");
  CREATE INDEX "sites_status_idx" ON "sites" USING btree ("status");
  CREATE INDEX "sites_branding_branding_logo_idx" ON "sites" USING btree ("branding_logo_id");
  CREATE INDEX "sites_branding_branding_header_image_idx" ON "sites" USING btree ("branding_header_image_id");
  CREATE INDEX "sites_merged_into_idx" ON "sites" USING btree ("merged_into_id");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE UNIQUE INDEX "sites_locales_locale_parent_id_unique" ON "sites_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sites_texts_order_parent" ON "sites_texts" USING btree ("order","parent_id");
  CREATE INDEX "users_memberships_order_idx" ON "users_memberships" USING btree ("_order");
  CREATE INDEX "users_memberships_parent_id_idx" ON "users_memberships" USING btree ("_parent_id");
  CREATE INDEX "users_memberships_site_idx" ON "users_memberships" USING btree ("site_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_site_idx" ON "news" USING btree ("site_id");
  CREATE INDEX "news_created_by_idx" ON "news" USING btree ("created_by_id");
  CREATE INDEX "news_workflow_workflow_state_idx" ON "news" USING btree ("workflow_state");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "site_publishedAt_idx" ON "news" USING btree ("site_id","published_at");
  CREATE INDEX "site__status_publishedAt_idx" ON "news" USING btree ("site_id","_status","published_at");
  CREATE INDEX "news_rels_order_idx" ON "news_rels" USING btree ("order");
  CREATE INDEX "news_rels_parent_idx" ON "news_rels" USING btree ("parent_id");
  CREATE INDEX "news_rels_path_idx" ON "news_rels" USING btree ("path");
  CREATE INDEX "news_rels_categories_id_idx" ON "news_rels" USING btree ("categories_id");
  CREATE INDEX "news_rels_sites_id_idx" ON "news_rels" USING btree ("sites_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_site_idx" ON "_news_v" USING btree ("version_site_id");
  CREATE INDEX "_news_v_version_version_created_by_idx" ON "_news_v" USING btree ("version_created_by_id");
  CREATE INDEX "_news_v_version_workflow_version_workflow_state_idx" ON "_news_v" USING btree ("version_workflow_state");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "version_site_version_publishedAt_idx" ON "_news_v" USING btree ("version_site_id","version_published_at");
  CREATE INDEX "version_site_version__status_version_publishedAt_idx" ON "_news_v" USING btree ("version_site_id","version__status","version_published_at");
  CREATE INDEX "_news_v_rels_order_idx" ON "_news_v_rels" USING btree ("order");
  CREATE INDEX "_news_v_rels_parent_idx" ON "_news_v_rels" USING btree ("parent_id");
  CREATE INDEX "_news_v_rels_path_idx" ON "_news_v_rels" USING btree ("path");
  CREATE INDEX "_news_v_rels_categories_id_idx" ON "_news_v_rels" USING btree ("categories_id");
  CREATE INDEX "_news_v_rels_sites_id_idx" ON "_news_v_rels" USING btree ("sites_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "pages_blocks_rich_text_locale_idx" ON "pages_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "pages_blocks_links_list_links_order_idx" ON "pages_blocks_links_list_links" USING btree ("_order");
  CREATE INDEX "pages_blocks_links_list_links_parent_id_idx" ON "pages_blocks_links_list_links" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_links_list_links_locale_idx" ON "pages_blocks_links_list_links" USING btree ("_locale");
  CREATE INDEX "pages_blocks_links_list_order_idx" ON "pages_blocks_links_list" USING btree ("_order");
  CREATE INDEX "pages_blocks_links_list_parent_id_idx" ON "pages_blocks_links_list" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_links_list_path_idx" ON "pages_blocks_links_list" USING btree ("_path");
  CREATE INDEX "pages_blocks_links_list_locale_idx" ON "pages_blocks_links_list" USING btree ("_locale");
  CREATE INDEX "pages_blocks_contact_card_order_idx" ON "pages_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "pages_blocks_contact_card_parent_id_idx" ON "pages_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_contact_card_path_idx" ON "pages_blocks_contact_card" USING btree ("_path");
  CREATE INDEX "pages_blocks_contact_card_locale_idx" ON "pages_blocks_contact_card" USING btree ("_locale");
  CREATE INDEX "pages_slug_idx" ON "pages" USING btree ("slug");
  CREATE INDEX "pages_site_idx" ON "pages" USING btree ("site_id");
  CREATE INDEX "pages_section_idx" ON "pages" USING btree ("section");
  CREATE INDEX "pages_created_by_idx" ON "pages" USING btree ("created_by_id");
  CREATE INDEX "pages_workflow_workflow_state_idx" ON "pages" USING btree ("workflow_state");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_rich_text_locale_idx" ON "_pages_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_links_list_links_order_idx" ON "_pages_v_blocks_links_list_links" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_links_list_links_parent_id_idx" ON "_pages_v_blocks_links_list_links" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_links_list_links_locale_idx" ON "_pages_v_blocks_links_list_links" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_links_list_order_idx" ON "_pages_v_blocks_links_list" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_links_list_parent_id_idx" ON "_pages_v_blocks_links_list" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_links_list_path_idx" ON "_pages_v_blocks_links_list" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_links_list_locale_idx" ON "_pages_v_blocks_links_list" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_contact_card_order_idx" ON "_pages_v_blocks_contact_card" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_contact_card_parent_id_idx" ON "_pages_v_blocks_contact_card" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_contact_card_path_idx" ON "_pages_v_blocks_contact_card" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_contact_card_locale_idx" ON "_pages_v_blocks_contact_card" USING btree ("_locale");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v" USING btree ("version_slug");
  CREATE INDEX "_pages_v_version_version_site_idx" ON "_pages_v" USING btree ("version_site_id");
  CREATE INDEX "_pages_v_version_version_section_idx" ON "_pages_v" USING btree ("version_section");
  CREATE INDEX "_pages_v_version_version_created_by_idx" ON "_pages_v" USING btree ("version_created_by_id");
  CREATE INDEX "_pages_v_version_workflow_version_workflow_state_idx" ON "_pages_v" USING btree ("version_workflow_state");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_section_idx" ON "categories" USING btree ("section");
  CREATE INDEX "categories_site_idx" ON "categories" USING btree ("site_id");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "navigation_header_order_idx" ON "navigation_header" USING btree ("_order");
  CREATE INDEX "navigation_header_parent_id_idx" ON "navigation_header" USING btree ("_parent_id");
  CREATE INDEX "navigation_header_locale_idx" ON "navigation_header" USING btree ("_locale");
  CREATE INDEX "navigation_footer_order_idx" ON "navigation_footer" USING btree ("_order");
  CREATE INDEX "navigation_footer_parent_id_idx" ON "navigation_footer" USING btree ("_parent_id");
  CREATE INDEX "navigation_footer_locale_idx" ON "navigation_footer" USING btree ("_locale");
  CREATE UNIQUE INDEX "navigation_site_idx" ON "navigation" USING btree ("site_id");
  CREATE INDEX "navigation_updated_at_idx" ON "navigation" USING btree ("updated_at");
  CREATE INDEX "navigation_created_at_idx" ON "navigation" USING btree ("created_at");
  CREATE INDEX "media_site_idx" ON "media" USING btree ("site_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_w480_sizes_w480_filename_idx" ON "media" USING btree ("sizes_w480_filename");
  CREATE INDEX "media_sizes_w960_sizes_w960_filename_idx" ON "media" USING btree ("sizes_w960_filename");
  CREATE INDEX "media_sizes_w1600_sizes_w1600_filename_idx" ON "media" USING btree ("sizes_w1600_filename");
  CREATE INDEX "invitations_email_idx" ON "invitations" USING btree ("email");
  CREATE INDEX "invitations_site_idx" ON "invitations" USING btree ("site_id");
  CREATE INDEX "invitations_invited_by_idx" ON "invitations" USING btree ("invited_by_id");
  CREATE INDEX "invitations_accepted_user_idx" ON "invitations" USING btree ("accepted_user_id");
  CREATE INDEX "invitations_token_hash_idx" ON "invitations" USING btree ("token_hash");
  CREATE INDEX "invitations_updated_at_idx" ON "invitations" USING btree ("updated_at");
  CREATE INDEX "invitations_created_at_idx" ON "invitations" USING btree ("created_at");
  CREATE INDEX "legal_documents_validity_history_order_idx" ON "legal_documents_validity_history" USING btree ("_order");
  CREATE INDEX "legal_documents_validity_history_parent_id_idx" ON "legal_documents_validity_history" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_validity_history_by_idx" ON "legal_documents_validity_history" USING btree ("by_id");
  CREATE INDEX "legal_documents_attachments_order_idx" ON "legal_documents_attachments" USING btree ("_order");
  CREATE INDEX "legal_documents_attachments_parent_id_idx" ON "legal_documents_attachments" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_attachments_file_idx" ON "legal_documents_attachments" USING btree ("file_id");
  CREATE INDEX "legal_documents_relations_order_idx" ON "legal_documents_relations" USING btree ("_order");
  CREATE INDEX "legal_documents_relations_parent_id_idx" ON "legal_documents_relations" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_relations_document_idx" ON "legal_documents_relations" USING btree ("document_id");
  CREATE INDEX "legal_documents_inverse_relations_order_idx" ON "legal_documents_inverse_relations" USING btree ("_order");
  CREATE INDEX "legal_documents_inverse_relations_parent_id_idx" ON "legal_documents_inverse_relations" USING btree ("_parent_id");
  CREATE INDEX "legal_documents_inverse_relations_document_idx" ON "legal_documents_inverse_relations" USING btree ("document_id");
  CREATE INDEX "legal_documents_document_type_idx" ON "legal_documents" USING btree ("document_type");
  CREATE INDEX "legal_documents_issue_date_idx" ON "legal_documents" USING btree ("issue_date");
  CREATE INDEX "legal_documents_validity_status_idx" ON "legal_documents" USING btree ("validity_status");
  CREATE INDEX "legal_documents_validity_next_change_idx" ON "legal_documents" USING btree ("validity_next_change");
  CREATE INDEX "legal_documents_slug_idx" ON "legal_documents" USING btree ("slug");
  CREATE INDEX "legal_documents_dedupe_key_idx" ON "legal_documents" USING btree ("dedupe_key");
  CREATE INDEX "legal_documents_site_idx" ON "legal_documents" USING btree ("site_id");
  CREATE INDEX "legal_documents_created_by_idx" ON "legal_documents" USING btree ("created_by_id");
  CREATE INDEX "legal_documents_workflow_workflow_state_idx" ON "legal_documents" USING btree ("workflow_state");
  CREATE INDEX "legal_documents_updated_at_idx" ON "legal_documents" USING btree ("updated_at");
  CREATE INDEX "legal_documents_created_at_idx" ON "legal_documents" USING btree ("created_at");
  CREATE INDEX "legal_documents__status_idx" ON "legal_documents" USING btree ("_status");
  CREATE INDEX "site_issueDate_idx" ON "legal_documents" USING btree ("site_id","issue_date");
  CREATE INDEX "legal_documents_texts_order_parent" ON "legal_documents_texts" USING btree ("order","parent_id");
  CREATE INDEX "legal_documents_rels_order_idx" ON "legal_documents_rels" USING btree ("order");
  CREATE INDEX "legal_documents_rels_parent_idx" ON "legal_documents_rels" USING btree ("parent_id");
  CREATE INDEX "legal_documents_rels_path_idx" ON "legal_documents_rels" USING btree ("path");
  CREATE INDEX "legal_documents_rels_sites_id_idx" ON "legal_documents_rels" USING btree ("sites_id");
  CREATE INDEX "_legal_documents_v_version_validity_history_order_idx" ON "_legal_documents_v_version_validity_history" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_validity_history_parent_id_idx" ON "_legal_documents_v_version_validity_history" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_validity_history_by_idx" ON "_legal_documents_v_version_validity_history" USING btree ("by_id");
  CREATE INDEX "_legal_documents_v_version_attachments_order_idx" ON "_legal_documents_v_version_attachments" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_attachments_parent_id_idx" ON "_legal_documents_v_version_attachments" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_attachments_file_idx" ON "_legal_documents_v_version_attachments" USING btree ("file_id");
  CREATE INDEX "_legal_documents_v_version_relations_order_idx" ON "_legal_documents_v_version_relations" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_relations_parent_id_idx" ON "_legal_documents_v_version_relations" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_relations_document_idx" ON "_legal_documents_v_version_relations" USING btree ("document_id");
  CREATE INDEX "_legal_documents_v_version_inverse_relations_order_idx" ON "_legal_documents_v_version_inverse_relations" USING btree ("_order");
  CREATE INDEX "_legal_documents_v_version_inverse_relations_parent_id_idx" ON "_legal_documents_v_version_inverse_relations" USING btree ("_parent_id");
  CREATE INDEX "_legal_documents_v_version_inverse_relations_document_idx" ON "_legal_documents_v_version_inverse_relations" USING btree ("document_id");
  CREATE INDEX "_legal_documents_v_parent_idx" ON "_legal_documents_v" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_version_version_document_type_idx" ON "_legal_documents_v" USING btree ("version_document_type");
  CREATE INDEX "_legal_documents_v_version_version_issue_date_idx" ON "_legal_documents_v" USING btree ("version_issue_date");
  CREATE INDEX "_legal_documents_v_version_version_validity_status_idx" ON "_legal_documents_v" USING btree ("version_validity_status");
  CREATE INDEX "_legal_documents_v_version_version_validity_next_change_idx" ON "_legal_documents_v" USING btree ("version_validity_next_change");
  CREATE INDEX "_legal_documents_v_version_version_slug_idx" ON "_legal_documents_v" USING btree ("version_slug");
  CREATE INDEX "_legal_documents_v_version_version_dedupe_key_idx" ON "_legal_documents_v" USING btree ("version_dedupe_key");
  CREATE INDEX "_legal_documents_v_version_version_site_idx" ON "_legal_documents_v" USING btree ("version_site_id");
  CREATE INDEX "_legal_documents_v_version_version_created_by_idx" ON "_legal_documents_v" USING btree ("version_created_by_id");
  CREATE INDEX "_legal_documents_v_version_workflow_version_workflow_sta_idx" ON "_legal_documents_v" USING btree ("version_workflow_state");
  CREATE INDEX "_legal_documents_v_version_version_updated_at_idx" ON "_legal_documents_v" USING btree ("version_updated_at");
  CREATE INDEX "_legal_documents_v_version_version_created_at_idx" ON "_legal_documents_v" USING btree ("version_created_at");
  CREATE INDEX "_legal_documents_v_version_version__status_idx" ON "_legal_documents_v" USING btree ("version__status");
  CREATE INDEX "_legal_documents_v_created_at_idx" ON "_legal_documents_v" USING btree ("created_at");
  CREATE INDEX "_legal_documents_v_updated_at_idx" ON "_legal_documents_v" USING btree ("updated_at");
  CREATE INDEX "_legal_documents_v_snapshot_idx" ON "_legal_documents_v" USING btree ("snapshot");
  CREATE INDEX "_legal_documents_v_published_locale_idx" ON "_legal_documents_v" USING btree ("published_locale");
  CREATE INDEX "_legal_documents_v_latest_idx" ON "_legal_documents_v" USING btree ("latest");
  CREATE INDEX "version_site_version_issueDate_idx" ON "_legal_documents_v" USING btree ("version_site_id","version_issue_date");
  CREATE INDEX "_legal_documents_v_texts_order_parent" ON "_legal_documents_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_legal_documents_v_rels_order_idx" ON "_legal_documents_v_rels" USING btree ("order");
  CREATE INDEX "_legal_documents_v_rels_parent_idx" ON "_legal_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_legal_documents_v_rels_path_idx" ON "_legal_documents_v_rels" USING btree ("path");
  CREATE INDEX "_legal_documents_v_rels_sites_id_idx" ON "_legal_documents_v_rels" USING btree ("sites_id");
  CREATE INDEX "legal_files_site_idx" ON "legal_files" USING btree ("site_id");
  CREATE INDEX "legal_files_updated_at_idx" ON "legal_files" USING btree ("updated_at");
  CREATE INDEX "legal_files_created_at_idx" ON "legal_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "legal_files_filename_idx" ON "legal_files" USING btree ("filename");
  CREATE INDEX "procedures_levels_order_idx" ON "procedures_levels" USING btree ("order");
  CREATE INDEX "procedures_levels_parent_idx" ON "procedures_levels" USING btree ("parent_id");
  CREATE INDEX "procedures_steps_order_idx" ON "procedures_steps" USING btree ("_order");
  CREATE INDEX "procedures_steps_parent_id_idx" ON "procedures_steps" USING btree ("_parent_id");
  CREATE INDEX "procedures_channels_order_idx" ON "procedures_channels" USING btree ("_order");
  CREATE INDEX "procedures_channels_parent_id_idx" ON "procedures_channels" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_order_idx" ON "procedures_dossier" USING btree ("_order");
  CREATE INDEX "procedures_dossier_parent_id_idx" ON "procedures_dossier" USING btree ("_parent_id");
  CREATE INDEX "procedures_dossier_form_idx" ON "procedures_dossier" USING btree ("form_id");
  CREATE INDEX "procedures_applicants_order_idx" ON "procedures_applicants" USING btree ("order");
  CREATE INDEX "procedures_applicants_parent_idx" ON "procedures_applicants" USING btree ("parent_id");
  CREATE INDEX "procedures_legal_basis_order_idx" ON "procedures_legal_basis" USING btree ("_order");
  CREATE INDEX "procedures_legal_basis_parent_id_idx" ON "procedures_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "procedures_legal_basis_document_idx" ON "procedures_legal_basis" USING btree ("document_id");
  CREATE INDEX "procedures_code_idx" ON "procedures" USING btree ("code");
  CREATE INDEX "procedures_field_idx" ON "procedures" USING btree ("field");
  CREATE INDEX "procedures_slug_idx" ON "procedures" USING btree ("slug");
  CREATE INDEX "procedures_site_idx" ON "procedures" USING btree ("site_id");
  CREATE INDEX "procedures_created_by_idx" ON "procedures" USING btree ("created_by_id");
  CREATE INDEX "procedures_workflow_workflow_state_idx" ON "procedures" USING btree ("workflow_state");
  CREATE INDEX "procedures_updated_at_idx" ON "procedures" USING btree ("updated_at");
  CREATE INDEX "procedures_created_at_idx" ON "procedures" USING btree ("created_at");
  CREATE INDEX "procedures__status_idx" ON "procedures" USING btree ("_status");
  CREATE INDEX "site_code_idx" ON "procedures" USING btree ("site_id","code");
  CREATE INDEX "_procedures_v_version_levels_order_idx" ON "_procedures_v_version_levels" USING btree ("order");
  CREATE INDEX "_procedures_v_version_levels_parent_idx" ON "_procedures_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_steps_order_idx" ON "_procedures_v_version_steps" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_steps_parent_id_idx" ON "_procedures_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_channels_order_idx" ON "_procedures_v_version_channels" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_channels_parent_id_idx" ON "_procedures_v_version_channels" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_order_idx" ON "_procedures_v_version_dossier" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_dossier_parent_id_idx" ON "_procedures_v_version_dossier" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_dossier_form_idx" ON "_procedures_v_version_dossier" USING btree ("form_id");
  CREATE INDEX "_procedures_v_version_applicants_order_idx" ON "_procedures_v_version_applicants" USING btree ("order");
  CREATE INDEX "_procedures_v_version_applicants_parent_idx" ON "_procedures_v_version_applicants" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_legal_basis_order_idx" ON "_procedures_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_procedures_v_version_legal_basis_parent_id_idx" ON "_procedures_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_procedures_v_version_legal_basis_document_idx" ON "_procedures_v_version_legal_basis" USING btree ("document_id");
  CREATE INDEX "_procedures_v_parent_idx" ON "_procedures_v" USING btree ("parent_id");
  CREATE INDEX "_procedures_v_version_version_code_idx" ON "_procedures_v" USING btree ("version_code");
  CREATE INDEX "_procedures_v_version_version_field_idx" ON "_procedures_v" USING btree ("version_field");
  CREATE INDEX "_procedures_v_version_version_slug_idx" ON "_procedures_v" USING btree ("version_slug");
  CREATE INDEX "_procedures_v_version_version_site_idx" ON "_procedures_v" USING btree ("version_site_id");
  CREATE INDEX "_procedures_v_version_version_created_by_idx" ON "_procedures_v" USING btree ("version_created_by_id");
  CREATE INDEX "_procedures_v_version_workflow_version_workflow_state_idx" ON "_procedures_v" USING btree ("version_workflow_state");
  CREATE INDEX "_procedures_v_version_version_updated_at_idx" ON "_procedures_v" USING btree ("version_updated_at");
  CREATE INDEX "_procedures_v_version_version_created_at_idx" ON "_procedures_v" USING btree ("version_created_at");
  CREATE INDEX "_procedures_v_version_version__status_idx" ON "_procedures_v" USING btree ("version__status");
  CREATE INDEX "_procedures_v_created_at_idx" ON "_procedures_v" USING btree ("created_at");
  CREATE INDEX "_procedures_v_updated_at_idx" ON "_procedures_v" USING btree ("updated_at");
  CREATE INDEX "_procedures_v_snapshot_idx" ON "_procedures_v" USING btree ("snapshot");
  CREATE INDEX "_procedures_v_published_locale_idx" ON "_procedures_v" USING btree ("published_locale");
  CREATE INDEX "_procedures_v_latest_idx" ON "_procedures_v" USING btree ("latest");
  CREATE INDEX "version_site_version_code_idx" ON "_procedures_v" USING btree ("version_site_id","version_code");
  CREATE INDEX "consultations_draft_files_order_idx" ON "consultations_draft_files" USING btree ("_order");
  CREATE INDEX "consultations_draft_files_parent_id_idx" ON "consultations_draft_files" USING btree ("_parent_id");
  CREATE INDEX "consultations_draft_files_file_idx" ON "consultations_draft_files" USING btree ("file_id");
  CREATE INDEX "consultations_articles_order_idx" ON "consultations_articles" USING btree ("_order");
  CREATE INDEX "consultations_articles_parent_id_idx" ON "consultations_articles" USING btree ("_parent_id");
  CREATE INDEX "consultations_closes_at_idx" ON "consultations" USING btree ("closes_at");
  CREATE INDEX "consultations_status_idx" ON "consultations" USING btree ("status");
  CREATE INDEX "consultations_final_document_idx" ON "consultations" USING btree ("final_document_id");
  CREATE INDEX "consultations_slug_idx" ON "consultations" USING btree ("slug");
  CREATE INDEX "consultations_site_idx" ON "consultations" USING btree ("site_id");
  CREATE INDEX "consultations_created_by_idx" ON "consultations" USING btree ("created_by_id");
  CREATE INDEX "consultations_workflow_workflow_state_idx" ON "consultations" USING btree ("workflow_state");
  CREATE INDEX "consultations_updated_at_idx" ON "consultations" USING btree ("updated_at");
  CREATE INDEX "consultations_created_at_idx" ON "consultations" USING btree ("created_at");
  CREATE INDEX "consultations__status_idx" ON "consultations" USING btree ("_status");
  CREATE INDEX "_consultations_v_version_draft_files_order_idx" ON "_consultations_v_version_draft_files" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_draft_files_parent_id_idx" ON "_consultations_v_version_draft_files" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_version_draft_files_file_idx" ON "_consultations_v_version_draft_files" USING btree ("file_id");
  CREATE INDEX "_consultations_v_version_articles_order_idx" ON "_consultations_v_version_articles" USING btree ("_order");
  CREATE INDEX "_consultations_v_version_articles_parent_id_idx" ON "_consultations_v_version_articles" USING btree ("_parent_id");
  CREATE INDEX "_consultations_v_parent_idx" ON "_consultations_v" USING btree ("parent_id");
  CREATE INDEX "_consultations_v_version_version_closes_at_idx" ON "_consultations_v" USING btree ("version_closes_at");
  CREATE INDEX "_consultations_v_version_version_status_idx" ON "_consultations_v" USING btree ("version_status");
  CREATE INDEX "_consultations_v_version_version_final_document_idx" ON "_consultations_v" USING btree ("version_final_document_id");
  CREATE INDEX "_consultations_v_version_version_slug_idx" ON "_consultations_v" USING btree ("version_slug");
  CREATE INDEX "_consultations_v_version_version_site_idx" ON "_consultations_v" USING btree ("version_site_id");
  CREATE INDEX "_consultations_v_version_version_created_by_idx" ON "_consultations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_consultations_v_version_workflow_version_workflow_state_idx" ON "_consultations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_consultations_v_version_version_updated_at_idx" ON "_consultations_v" USING btree ("version_updated_at");
  CREATE INDEX "_consultations_v_version_version_created_at_idx" ON "_consultations_v" USING btree ("version_created_at");
  CREATE INDEX "_consultations_v_version_version__status_idx" ON "_consultations_v" USING btree ("version__status");
  CREATE INDEX "_consultations_v_created_at_idx" ON "_consultations_v" USING btree ("created_at");
  CREATE INDEX "_consultations_v_updated_at_idx" ON "_consultations_v" USING btree ("updated_at");
  CREATE INDEX "_consultations_v_snapshot_idx" ON "_consultations_v" USING btree ("snapshot");
  CREATE INDEX "_consultations_v_published_locale_idx" ON "_consultations_v" USING btree ("published_locale");
  CREATE INDEX "_consultations_v_latest_idx" ON "_consultations_v" USING btree ("latest");
  CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id");
  CREATE INDEX "consultation_comments_moderation_idx" ON "consultation_comments" USING btree ("moderation");
  CREATE INDEX "consultation_comments_moderated_by_idx" ON "consultation_comments" USING btree ("moderated_by_id");
  CREATE INDEX "consultation_comments_receipt_idx" ON "consultation_comments" USING btree ("receipt");
  CREATE INDEX "consultation_comments_site_idx" ON "consultation_comments" USING btree ("site_id");
  CREATE INDEX "consultation_comments_updated_at_idx" ON "consultation_comments" USING btree ("updated_at");
  CREATE INDEX "consultation_comments_created_at_idx" ON "consultation_comments" USING btree ("created_at");
  CREATE INDEX "consultation_moderation_idx" ON "consultation_comments" USING btree ("consultation_id","moderation");
  CREATE INDEX "dialogue_sessions_guests_order_idx" ON "dialogue_sessions_guests" USING btree ("_order");
  CREATE INDEX "dialogue_sessions_guests_parent_id_idx" ON "dialogue_sessions_guests" USING btree ("_parent_id");
  CREATE INDEX "dialogue_sessions_guests_photo_idx" ON "dialogue_sessions_guests" USING btree ("photo_id");
  CREATE INDEX "dialogue_sessions_topics_order_idx" ON "dialogue_sessions_topics" USING btree ("_order");
  CREATE INDEX "dialogue_sessions_topics_parent_id_idx" ON "dialogue_sessions_topics" USING btree ("_parent_id");
  CREATE INDEX "dialogue_sessions_starts_at_idx" ON "dialogue_sessions" USING btree ("starts_at");
  CREATE INDEX "dialogue_sessions_state_idx" ON "dialogue_sessions" USING btree ("state");
  CREATE INDEX "dialogue_sessions_pinned_idx" ON "dialogue_sessions" USING btree ("pinned_id");
  CREATE INDEX "dialogue_sessions_slug_idx" ON "dialogue_sessions" USING btree ("slug");
  CREATE INDEX "dialogue_sessions_site_idx" ON "dialogue_sessions" USING btree ("site_id");
  CREATE INDEX "dialogue_sessions_updated_at_idx" ON "dialogue_sessions" USING btree ("updated_at");
  CREATE INDEX "dialogue_sessions_created_at_idx" ON "dialogue_sessions" USING btree ("created_at");
  CREATE INDEX "dialogue_sessions_rels_order_idx" ON "dialogue_sessions_rels" USING btree ("order");
  CREATE INDEX "dialogue_sessions_rels_parent_idx" ON "dialogue_sessions_rels" USING btree ("parent_id");
  CREATE INDEX "dialogue_sessions_rels_path_idx" ON "dialogue_sessions_rels" USING btree ("path");
  CREATE INDEX "dialogue_sessions_rels_users_id_idx" ON "dialogue_sessions_rels" USING btree ("users_id");
  CREATE UNIQUE INDEX "questions_receipt_code_idx" ON "questions" USING btree ("receipt_code");
  CREATE UNIQUE INDEX "questions_ref_idx" ON "questions" USING btree ("ref");
  CREATE INDEX "questions_state_idx" ON "questions" USING btree ("state");
  CREATE INDEX "questions_session_idx" ON "questions" USING btree ("session_id");
  CREATE INDEX "questions_received_at_idx" ON "questions" USING btree ("received_at");
  CREATE INDEX "questions_merged_into_idx" ON "questions" USING btree ("merged_into_id");
  CREATE INDEX "questions_answer_answer_author_idx" ON "questions" USING btree ("answer_author_id");
  CREATE INDEX "questions_held_idx" ON "questions" USING btree ("held");
  CREATE INDEX "questions_site_idx" ON "questions" USING btree ("site_id");
  CREATE INDEX "questions_updated_at_idx" ON "questions" USING btree ("updated_at");
  CREATE INDEX "questions_created_at_idx" ON "questions" USING btree ("created_at");
  CREATE INDEX "workflow_events_doc_id_idx" ON "workflow_events" USING btree ("doc_id");
  CREATE INDEX "workflow_events_site_idx" ON "workflow_events" USING btree ("site_id");
  CREATE INDEX "workflow_events_user_idx" ON "workflow_events" USING btree ("user_id");
  CREATE INDEX "workflow_events_updated_at_idx" ON "workflow_events" USING btree ("updated_at");
  CREATE INDEX "workflow_events_created_at_idx" ON "workflow_events" USING btree ("created_at");
  CREATE INDEX "collectionSlug_docId_idx" ON "workflow_events" USING btree ("collection_slug","doc_id");
  CREATE INDEX "redirects_from_site_idx" ON "redirects" USING btree ("from_site_id");
  CREATE INDEX "redirects_to_site_idx" ON "redirects" USING btree ("to_site_id");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE UNIQUE INDEX "fromSite_fromPath_idx" ON "redirects" USING btree ("from_site_id","from_path");
  CREATE INDEX "builds_site_idx" ON "builds" USING btree ("site_id");
  CREATE INDEX "builds_status_idx" ON "builds" USING btree ("status");
  CREATE INDEX "builds_worker_idx" ON "builds" USING btree ("worker");
  CREATE INDEX "builds_updated_at_idx" ON "builds" USING btree ("updated_at");
  CREATE INDEX "builds_created_at_idx" ON "builds" USING btree ("created_at");
  CREATE INDEX "status_queuedAt_idx" ON "builds" USING btree ("status","queued_at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_doc_id_idx" ON "audit_log" USING btree ("doc_id");
  CREATE INDEX "audit_log_site_idx" ON "audit_log" USING btree ("site_id");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_email_idx" ON "audit_log" USING btree ("email");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "site_createdAt_idx" ON "audit_log" USING btree ("site_id","created_at");
  CREATE INDEX "action_createdAt_idx" ON "audit_log" USING btree ("action","created_at");
  CREATE INDEX "outbox_to_idx" ON "outbox" USING btree ("to");
  CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");
  CREATE INDEX "outbox_updated_at_idx" ON "outbox" USING btree ("updated_at");
  CREATE INDEX "outbox_created_at_idx" ON "outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_navigation_id_idx" ON "payload_locked_documents_rels" USING btree ("navigation_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_invitations_id_idx" ON "payload_locked_documents_rels" USING btree ("invitations_id");
  CREATE INDEX "payload_locked_documents_rels_legal_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_documents_id");
  CREATE INDEX "payload_locked_documents_rels_legal_files_id_idx" ON "payload_locked_documents_rels" USING btree ("legal_files_id");
  CREATE INDEX "payload_locked_documents_rels_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("procedures_id");
  CREATE INDEX "payload_locked_documents_rels_consultations_id_idx" ON "payload_locked_documents_rels" USING btree ("consultations_id");
  CREATE INDEX "payload_locked_documents_rels_consultation_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("consultation_comments_id");
  CREATE INDEX "payload_locked_documents_rels_dialogue_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("dialogue_sessions_id");
  CREATE INDEX "payload_locked_documents_rels_questions_id_idx" ON "payload_locked_documents_rels" USING btree ("questions_id");
  CREATE INDEX "payload_locked_documents_rels_workflow_events_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_events_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("builds_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "security_settings_two_factor_roles_order_idx" ON "security_settings_two_factor_roles" USING btree ("order");
  CREATE INDEX "security_settings_two_factor_roles_parent_idx" ON "security_settings_two_factor_roles" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "sites" CASCADE;
  DROP TABLE "sites_locales" CASCADE;
  DROP TABLE "sites_texts" CASCADE;
  DROP TABLE "users_memberships" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_rels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_rels" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_blocks_links_list_links" CASCADE;
  DROP TABLE "pages_blocks_links_list" CASCADE;
  DROP TABLE "pages_blocks_contact_card" CASCADE;
  DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_blocks_links_list_links" CASCADE;
  DROP TABLE "_pages_v_blocks_links_list" CASCADE;
  DROP TABLE "_pages_v_blocks_contact_card" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "navigation_header" CASCADE;
  DROP TABLE "navigation_footer" CASCADE;
  DROP TABLE "navigation" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "invitations" CASCADE;
  DROP TABLE "legal_documents_validity_history" CASCADE;
  DROP TABLE "legal_documents_attachments" CASCADE;
  DROP TABLE "legal_documents_relations" CASCADE;
  DROP TABLE "legal_documents_inverse_relations" CASCADE;
  DROP TABLE "legal_documents" CASCADE;
  DROP TABLE "legal_documents_texts" CASCADE;
  DROP TABLE "legal_documents_rels" CASCADE;
  DROP TABLE "_legal_documents_v_version_validity_history" CASCADE;
  DROP TABLE "_legal_documents_v_version_attachments" CASCADE;
  DROP TABLE "_legal_documents_v_version_relations" CASCADE;
  DROP TABLE "_legal_documents_v_version_inverse_relations" CASCADE;
  DROP TABLE "_legal_documents_v" CASCADE;
  DROP TABLE "_legal_documents_v_texts" CASCADE;
  DROP TABLE "_legal_documents_v_rels" CASCADE;
  DROP TABLE "legal_files" CASCADE;
  DROP TABLE "procedures_levels" CASCADE;
  DROP TABLE "procedures_steps" CASCADE;
  DROP TABLE "procedures_channels" CASCADE;
  DROP TABLE "procedures_dossier" CASCADE;
  DROP TABLE "procedures_applicants" CASCADE;
  DROP TABLE "procedures_legal_basis" CASCADE;
  DROP TABLE "procedures" CASCADE;
  DROP TABLE "_procedures_v_version_levels" CASCADE;
  DROP TABLE "_procedures_v_version_steps" CASCADE;
  DROP TABLE "_procedures_v_version_channels" CASCADE;
  DROP TABLE "_procedures_v_version_dossier" CASCADE;
  DROP TABLE "_procedures_v_version_applicants" CASCADE;
  DROP TABLE "_procedures_v_version_legal_basis" CASCADE;
  DROP TABLE "_procedures_v" CASCADE;
  DROP TABLE "consultations_draft_files" CASCADE;
  DROP TABLE "consultations_articles" CASCADE;
  DROP TABLE "consultations" CASCADE;
  DROP TABLE "_consultations_v_version_draft_files" CASCADE;
  DROP TABLE "_consultations_v_version_articles" CASCADE;
  DROP TABLE "_consultations_v" CASCADE;
  DROP TABLE "consultation_comments" CASCADE;
  DROP TABLE "dialogue_sessions_guests" CASCADE;
  DROP TABLE "dialogue_sessions_topics" CASCADE;
  DROP TABLE "dialogue_sessions" CASCADE;
  DROP TABLE "dialogue_sessions_rels" CASCADE;
  DROP TABLE "questions" CASCADE;
  DROP TABLE "workflow_events" CASCADE;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "builds" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "outbox" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "security_settings_two_factor_roles" CASCADE;
  DROP TABLE "security_settings" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_sites_level";
  DROP TYPE "public"."enum_sites_theme";
  DROP TYPE "public"."enum_sites_status";
  DROP TYPE "public"."enum_users_memberships_role";
  DROP TYPE "public"."enum_news_workflow_state";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_workflow_state";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_pages_section";
  DROP TYPE "public"."enum_pages_workflow_state";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_section";
  DROP TYPE "public"."enum__pages_v_version_workflow_state";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_categories_section";
  DROP TYPE "public"."enum_invitations_role";
  DROP TYPE "public"."enum_invitations_status";
  DROP TYPE "public"."enum_legal_documents_validity_history_status";
  DROP TYPE "public"."enum_legal_documents_relations_kind";
  DROP TYPE "public"."enum_legal_documents_relations_target_type";
  DROP TYPE "public"."enum_legal_documents_inverse_relations_kind";
  DROP TYPE "public"."enum_legal_documents_document_type";
  DROP TYPE "public"."enum_legal_documents_signing_capacity";
  DROP TYPE "public"."enum_legal_documents_validity_status";
  DROP TYPE "public"."enum_legal_documents_validity_override";
  DROP TYPE "public"."enum_legal_documents_workflow_state";
  DROP TYPE "public"."enum_legal_documents_status";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_history_status";
  DROP TYPE "public"."enum__legal_documents_v_version_relations_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_relations_target_type";
  DROP TYPE "public"."enum__legal_documents_v_version_inverse_relations_kind";
  DROP TYPE "public"."enum__legal_documents_v_version_document_type";
  DROP TYPE "public"."enum__legal_documents_v_version_signing_capacity";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_status";
  DROP TYPE "public"."enum__legal_documents_v_version_validity_override";
  DROP TYPE "public"."enum__legal_documents_v_version_workflow_state";
  DROP TYPE "public"."enum__legal_documents_v_version_status";
  DROP TYPE "public"."enum__legal_documents_v_published_locale";
  DROP TYPE "public"."enum_procedures_levels";
  DROP TYPE "public"."enum_procedures_channels_method";
  DROP TYPE "public"."enum_procedures_applicants";
  DROP TYPE "public"."enum_procedures_online_level";
  DROP TYPE "public"."enum_procedures_workflow_state";
  DROP TYPE "public"."enum_procedures_status";
  DROP TYPE "public"."enum__procedures_v_version_levels";
  DROP TYPE "public"."enum__procedures_v_version_channels_method";
  DROP TYPE "public"."enum__procedures_v_version_applicants";
  DROP TYPE "public"."enum__procedures_v_version_online_level";
  DROP TYPE "public"."enum__procedures_v_version_workflow_state";
  DROP TYPE "public"."enum__procedures_v_version_status";
  DROP TYPE "public"."enum__procedures_v_published_locale";
  DROP TYPE "public"."enum_consultations_document_type";
  DROP TYPE "public"."enum_consultations_phase";
  DROP TYPE "public"."enum_consultations_workflow_state";
  DROP TYPE "public"."enum_consultations_status";
  DROP TYPE "public"."enum__consultations_v_version_document_type";
  DROP TYPE "public"."enum__consultations_v_version_workflow_state";
  DROP TYPE "public"."enum__consultations_v_version_status";
  DROP TYPE "public"."enum__consultations_v_published_locale";
  DROP TYPE "public"."enum_consultation_comments_moderation";
  DROP TYPE "public"."enum_consultation_comments_source";
  DROP TYPE "public"."enum_dialogue_sessions_state";
  DROP TYPE "public"."enum_questions_state";
  DROP TYPE "public"."enum_questions_channel";
  DROP TYPE "public"."enum_workflow_events_action";
  DROP TYPE "public"."enum_workflow_events_from";
  DROP TYPE "public"."enum_workflow_events_to";
  DROP TYPE "public"."enum_redirects_reason";
  DROP TYPE "public"."enum_builds_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_outbox_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_security_settings_two_factor_roles";`)
}
