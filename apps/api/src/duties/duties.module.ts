import { Module } from '@nestjs/common';
import { DutiesController } from './duties.controller';
import { DutiesService } from './duties.service';
import { DutyChaseStarter } from './duty-chase.starter';

@Module({
  controllers: [DutiesController],
  providers: [DutiesService, DutyChaseStarter],
  exports: [DutyChaseStarter],
})
export class DutiesModule {}
