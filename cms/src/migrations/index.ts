import * as migration_20261123_234225_initial from './20261123_234225_initial';

export const migrations = [
  {
    up: migration_20261123_234225_initial.up,
    down: migration_20261123_234225_initial.down,
    name: '20261123_234225_initial'
  },
];
