import * as migration_20261205_061518_initial from './20261205_061518_initial';

export const migrations = [
  {
    up: migration_20261205_061518_initial.up,
    down: migration_20261205_061518_initial.down,
    name: '20261205_061518_initial'
  },
];
