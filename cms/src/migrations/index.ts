import * as migration_20261123_234225_initial from './20261123_234225_initial';
import * as migration_20261124_001341_audit_log from './20261124_001341_audit_log';
import * as migration_20261124_003922_account_security from './20261124_003922_account_security';

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
    up: migration_20261124_003922_account_security.up,
    down: migration_20261124_003922_account_security.down,
    name: '20261124_003922_account_security'
  },
];
