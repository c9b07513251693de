import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

@Module({ imports: [DutiesModule], controllers: [EscalationsController], providers: [EscalationsService] })
export class EscalationsModule {}
