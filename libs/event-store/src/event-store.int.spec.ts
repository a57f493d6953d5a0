import { eventStoreContract } from './event-store.contract';

describe.each(['pglite', 'postgres'] as const)('event store on %s', (backend) => {
  eventStoreContract(backend);
});
