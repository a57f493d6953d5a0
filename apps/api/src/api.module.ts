import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import type { AppConfig } from '@storyline/config';
import { CoreModule } from '@storyline/core';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { ErrorFilter } from './http/error.filter';

export interface ApiModuleOptions {
  config: AppConfig;
  applicationName?: string;
}

@Module({})
export class ApiModule {
  static forRoot(options: ApiModuleOptions): DynamicModule {
    return {
      module: ApiModule,
      imports: [CoreModule.forRoot({ config: options.config, applicationName: options.applicationName ?? 'storyline-api' })],
      controllers: [HealthController],
      providers: [HealthService, { provide: APP_FILTER, useClass: ErrorFilter }],
    };
  }
}
