import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { ConfigurationController } from './configuration.controller';
import { ConfigurationService } from './configuration.service';
import { CycleWorkflows } from './cycle-workflows';

@Module({
  imports: [DutiesModule],
  controllers: [ConfigurationController],
  providers: [ConfigurationService, CycleWorkflows],
  exports: [ConfigurationService, CycleWorkflows],
})
export class ConfigurationModule {}
