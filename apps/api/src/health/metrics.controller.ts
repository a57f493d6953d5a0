import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { HealthService } from './health.service';

/** Prometheus metrics; the gauges are refreshed from the health report at each scrape. */
@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  private readonly registry = new Registry();
  private readonly refresh: () => Promise<void>;

  constructor(health: HealthService) {
    collectDefaultMetrics({ register: this.registry, prefix: 'storyline_' });
    const lag = new Gauge({ name: 'storyline_projection_lag_events', help: 'Events in the log a projection has not applied yet', labelNames: ['projection'], registers: [this.registry] });
    const failing = new Gauge({ name: 'storyline_projection_failing', help: '1 when a projection is stopped at a failing event', labelNames: ['projection'], registers: [this.registry] });
    const head = new Gauge({ name: 'storyline_event_log_head_position', help: 'Highest committed global position', registers: [this.registry] });
    const fenceBlocked = new Gauge({ name: 'storyline_event_log_fence_blocked', help: '1 while an open transaction holds readers back', registers: [this.registry] });
    const up = new Gauge({ name: 'storyline_dependency_up', help: '1 when a dependency answers', labelNames: ['dependency'], registers: [this.registry] });
    this.refresh = async () => {
      const report = await health.report();
      up.set({ dependency: 'database' }, report.database.status === 'up' ? 1 : 0);
      up.set({ dependency: 'redis' }, report.redis.status === 'up' ? 1 : 0);
      if ('head' in report.eventLog) {
        head.set(report.eventLog.head);
        fenceBlocked.set(report.eventLog.blocked ? 1 : 0);
      }
      for (const p of report.projections) {
        lag.set({ projection: p.name }, p.lagEvents);
        failing.set({ projection: p.name }, p.error ? 1 : 0);
      }
    };
  }

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics: projection lag, event log head, dependency status, process' })
  async metrics(): Promise<string> {
    await this.refresh();
    return this.registry.metrics();
  }
}
