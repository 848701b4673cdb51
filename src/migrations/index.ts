import * as migration_20261123_075038_initial from './20261123_075038_initial';
import * as migration_20261123_081757_learning_records from './20261123_081757_learning_records';
import * as migration_20261123_083130_language_review from './20261123_083130_language_review';
import * as migration_20261123_102442_org_onboarding from './20261123_102442_org_onboarding';
import * as migration_20261201_090000_rate_limits from './20261201_090000_rate_limits';
import * as migration_20261201_120000_curriculum_follows_published_module from './20261201_120000_curriculum_follows_published_module';
import * as migration_20261201_123443_session5_schema from './20261201_123443_session5_schema';
import * as migration_20261201_123500_records_keep_organization from './20261201_123500_records_keep_organization';
import * as migration_20261201_162859_session6_schema from './20261201_162859_session6_schema';

export const migrations = [
  {
    up: migration_20261123_075038_initial.up,
    down: migration_20261123_075038_initial.down,
    name: '20261123_075038_initial',
  },
  {
    up: migration_20261123_081757_learning_records.up,
    down: migration_20261123_081757_learning_records.down,
    name: '20261123_081757_learning_records',
  },
  {
    up: migration_20261123_083130_language_review.up,
    down: migration_20261123_083130_language_review.down,
    name: '20261123_083130_language_review',
  },
  {
    up: migration_20261123_102442_org_onboarding.up,
    down: migration_20261123_102442_org_onboarding.down,
    name: '20261123_102442_org_onboarding',
  },
  {
    up: migration_20261201_090000_rate_limits.up,
    down: migration_20261201_090000_rate_limits.down,
    name: '20261201_090000_rate_limits',
  },
  {
    up: migration_20261201_120000_curriculum_follows_published_module.up,
    down: migration_20261201_120000_curriculum_follows_published_module.down,
    name: '20261201_120000_curriculum_follows_published_module',
  },
  {
    up: migration_20261201_123443_session5_schema.up,
    down: migration_20261201_123443_session5_schema.down,
    name: '20261201_123443_session5_schema',
  },
  {
    up: migration_20261201_123500_records_keep_organization.up,
    down: migration_20261201_123500_records_keep_organization.down,
    name: '20261201_123500_records_keep_organization',
  },
  {
    up: migration_20261201_162859_session6_schema.up,
    down: migration_20261201_162859_session6_schema.down,
    name: '20261201_162859_session6_schema'
  },
];
