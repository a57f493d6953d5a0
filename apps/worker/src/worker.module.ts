import { Module } from '@nestjs/common';
import { ProjectionWorker } from './projection-worker';

/** Background work: projections now; webhook delivery joins here. No HTTP. */
@Module({ providers: [ProjectionWorker] })
export class WorkerModule {}
