import { Module } from '@nestjs/common';
import { DutiesController } from './duties.controller';
import { DutiesService } from './duties.service';
import { DutyCancellation } from './duty-cancellation';
import { DutyWorkflows } from './duty-workflows';
import { ManualDutiesService } from './manual-duties.service';

@Module({
  controllers: [DutiesController],
  providers: [DutiesService, DutyWorkflows, DutyCancellation, ManualDutiesService],
  exports: [DutiesService, DutyWorkflows, DutyCancellation, ManualDutiesService],
})
export class DutiesModule {}
