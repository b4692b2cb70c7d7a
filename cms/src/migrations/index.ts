import * as migration_20261123_234225_initial from './20261123_234225_initial';
import * as migration_20261124_001341_audit_log from './20261124_001341_audit_log';
import * as migration_20261124_002236_workflow from './20261124_002236_workflow';
import * as migration_20261124_003550_sharing from './20261124_003550_sharing';
import * as migration_20261124_004105_created_by from './20261124_004105_created_by';
import * as migration_20261124_010413_account_security from './20261124_010413_account_security';
import * as migration_20261124_015422_mandatory_sections from './20261124_015422_mandatory_sections';
import * as migration_20261124_020508_themes_accessibility from './20261124_020508_themes_accessibility';
import * as migration_20261124_024712_builds_checks from './20261124_024712_builds_checks';
import * as migration_20261124_033923_site_lifecycle from './20261124_033923_site_lifecycle';
import * as migration_20261124_035152_legal from './20261124_035152_legal';
import * as migration_20261124_040615_dialogues from './20261124_040615_dialogues';
import * as migration_20261124_055058_news_published_index from './20261124_055058_news_published_index';
import * as migration_20261205_060701_builds_claim from './20261205_060701_builds_claim';
import * as migration_20261205_063406_account_status_and_asker_consent from './20261205_063406_account_status_and_asker_consent';
import * as migration_20261205_093823_workflow_schedule_editor from './20261205_093823_workflow_schedule_editor';
import * as migration_20261205_151711_editorial_quality_and_scale from './20261205_151711_editorial_quality_and_scale';
import * as migration_20261205_165005_outbox_delivery_key from './20261205_165005_outbox_delivery_key';
import * as migration_20261205_174042_full_rebuild_and_visits from './20261205_174042_full_rebuild_and_visits';
import * as migration_20261205_204321_list_count_indexes from './20261205_204321_list_count_indexes';
import * as migration_20261206_111209_scale_indexes from './20261206_111209_scale_indexes';

export const migrations = [
  {
    up: migration_20261123_234225_initial.up,
    down: migration_20261123_234225_initial.down,
    name: '20261123_234225_initial',
  },
  {
    up: migration_20261124_001341_audit_log.up,
    down: migration_20261124_001341_audit_log.down,
    name: '20261124_001341_audit_log',
  },
  {
    up: migration_20261124_002236_workflow.up,
    down: migration_20261124_002236_workflow.down,
    name: '20261124_002236_workflow',
  },
  {
    up: migration_20261124_003550_sharing.up,
    down: migration_20261124_003550_sharing.down,
    name: '20261124_003550_sharing',
  },
  {
    up: migration_20261124_004105_created_by.up,
    down: migration_20261124_004105_created_by.down,
    name: '20261124_004105_created_by',
  },
  {
    up: migration_20261124_010413_account_security.up,
    down: migration_20261124_010413_account_security.down,
    name: '20261124_010413_account_security',
  },
  {
    up: migration_20261124_015422_mandatory_sections.up,
    down: migration_20261124_015422_mandatory_sections.down,
    name: '20261124_015422_mandatory_sections',
  },
  {
    up: migration_20261124_020508_themes_accessibility.up,
    down: migration_20261124_020508_themes_accessibility.down,
    name: '20261124_020508_themes_accessibility',
  },
  {
    up: migration_20261124_024712_builds_checks.up,
    down: migration_20261124_024712_builds_checks.down,
    name: '20261124_024712_builds_checks',
  },
  {
    up: migration_20261124_033923_site_lifecycle.up,
    down: migration_20261124_033923_site_lifecycle.down,
    name: '20261124_033923_site_lifecycle',
  },
  {
    up: migration_20261124_035152_legal.up,
    down: migration_20261124_035152_legal.down,
    name: '20261124_035152_legal',
  },
  {
    up: migration_20261124_040615_dialogues.up,
    down: migration_20261124_040615_dialogues.down,
    name: '20261124_040615_dialogues',
  },
  {
    up: migration_20261124_055058_news_published_index.up,
    down: migration_20261124_055058_news_published_index.down,
    name: '20261124_055058_news_published_index',
  },
  {
    up: migration_20261205_060701_builds_claim.up,
    down: migration_20261205_060701_builds_claim.down,
    name: '20261205_060701_builds_claim',
  },
  {
    up: migration_20261205_063406_account_status_and_asker_consent.up,
    down: migration_20261205_063406_account_status_and_asker_consent.down,
    name: '20261205_063406_account_status_and_asker_consent',
  },
  {
    up: migration_20261205_093823_workflow_schedule_editor.up,
    down: migration_20261205_093823_workflow_schedule_editor.down,
    name: '20261205_093823_workflow_schedule_editor',
  },
  {
    up: migration_20261205_151711_editorial_quality_and_scale.up,
    down: migration_20261205_151711_editorial_quality_and_scale.down,
    name: '20261205_151711_editorial_quality_and_scale',
  },
  {
    up: migration_20261205_165005_outbox_delivery_key.up,
    down: migration_20261205_165005_outbox_delivery_key.down,
    name: '20261205_165005_outbox_delivery_key',
  },
  {
    up: migration_20261205_174042_full_rebuild_and_visits.up,
    down: migration_20261205_174042_full_rebuild_and_visits.down,
    name: '20261205_174042_full_rebuild_and_visits',
  },
  {
    up: migration_20261205_204321_list_count_indexes.up,
    down: migration_20261205_204321_list_count_indexes.down,
    name: '20261205_204321_list_count_indexes',
  },
  {
    up: migration_20261206_111209_scale_indexes.up,
    down: migration_20261206_111209_scale_indexes.down,
    name: '20261206_111209_scale_indexes'
  },
];
