import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { DivisionChangesService } from './division-changes.service';
import { EventDuties } from './event-duties';
import { EventsController } from './events.controller';
import { IncidentsService } from './incidents.service';

@Module({ imports: [DutiesModule], controllers: [EventsController], providers: [EventDuties, IncidentsService, DivisionChangesService], exports: [EventDuties] })
export class EventsModule {}
