import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Storyline } from '@storyline/core';

/** Keeps the read models caught up with the log for as long as the process runs. */
@Injectable()
export class ProjectionWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');

  constructor(private readonly storyline: Storyline) {}

  onApplicationBootstrap(): void {
    const runner = this.storyline.runner;
    runner.start();
    this.logger.log(`running: ${runner.projections.map((p) => p.name).join(', ')}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.storyline.runner.stop();
  }
}
