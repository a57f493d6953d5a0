import type { Migration } from 'kysely';
import * as eventStore from './20261121000000_event_store';
import * as readModels from './20261121010000_read_models';
import * as storyIndexRecency from './20261122000000_story_index_recency';
import * as storyIndexGinFastupdate from './20261123000000_story_index_gin_fastupdate';
import * as storyStateNotify from './20261124000000_story_state_notify';

/** Every migration, by name; names sort in the order they run. Add new files here. */
export const migrations: Record<string, Migration> = {
  '20261121000000_event_store': eventStore,
  '20261121010000_read_models': readModels,
  '20261122000000_story_index_recency': storyIndexRecency,
  '20261123000000_story_index_gin_fastupdate': storyIndexGinFastupdate,
  '20261124000000_story_state_notify': storyStateNotify,
};
