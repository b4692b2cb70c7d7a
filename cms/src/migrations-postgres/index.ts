import * as migration_20261205_061518_initial from './20261205_061518_initial';
import * as migration_20261205_090150_account_status_and_asker_consent from './20261205_090150_account_status_and_asker_consent';
import * as migration_20261205_093927_workflow_schedule_editor from './20261205_093927_workflow_schedule_editor';
import * as migration_20261205_151736_editorial_quality_and_scale from './20261205_151736_editorial_quality_and_scale';
import * as migration_20261205_165057_outbox_delivery_key from './20261205_165057_outbox_delivery_key';
import * as migration_20261205_174100_full_rebuild_and_visits from './20261205_174100_full_rebuild_and_visits';
import * as migration_20261205_204338_list_count_indexes from './20261205_204338_list_count_indexes';
import * as migration_20261206_111219_scale_indexes from './20261206_111219_scale_indexes';

export const migrations = [
  {
    up: migration_20261205_061518_initial.up,
    down: migration_20261205_061518_initial.down,
    name: '20261205_061518_initial',
  },
  {
    up: migration_20261205_090150_account_status_and_asker_consent.up,
    down: migration_20261205_090150_account_status_and_asker_consent.down,
    name: '20261205_090150_account_status_and_asker_consent',
  },
  {
    up: migration_20261205_093927_workflow_schedule_editor.up,
    down: migration_20261205_093927_workflow_schedule_editor.down,
    name: '20261205_093927_workflow_schedule_editor',
  },
  {
    up: migration_20261205_151736_editorial_quality_and_scale.up,
    down: migration_20261205_151736_editorial_quality_and_scale.down,
    name: '20261205_151736_editorial_quality_and_scale',
  },
  {
    up: migration_20261205_165057_outbox_delivery_key.up,
    down: migration_20261205_165057_outbox_delivery_key.down,
    name: '20261205_165057_outbox_delivery_key',
  },
  {
    up: migration_20261205_174100_full_rebuild_and_visits.up,
    down: migration_20261205_174100_full_rebuild_and_visits.down,
    name: '20261205_174100_full_rebuild_and_visits',
  },
  {
    up: migration_20261205_204338_list_count_indexes.up,
    down: migration_20261205_204338_list_count_indexes.down,
    name: '20261205_204338_list_count_indexes',
  },
  {
    up: migration_20261206_111219_scale_indexes.up,
    down: migration_20261206_111219_scale_indexes.down,
    name: '20261206_111219_scale_indexes'
  },
];
