import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { ConfigurationController } from './configuration.controller';
import { CyclesService } from './cycles.service';
import { OrganizationConfigurationService } from './organization-configuration.service';
import { PacksService } from './packs.service';
import { CycleWorkflows } from './cycle-workflows';

@Module({
  imports: [DutiesModule],
  controllers: [ConfigurationController],
  providers: [PacksService, OrganizationConfigurationService, CyclesService, CycleWorkflows],
  exports: [OrganizationConfigurationService, CyclesService, CycleWorkflows],
})
export class ConfigurationModule {}
