import * as migration_20261123_075038_initial from './20261123_075038_initial';

export const migrations = [
  {
    up: migration_20261123_075038_initial.up,
    down: migration_20261123_075038_initial.down,
    name: '20261123_075038_initial'
  },
];
