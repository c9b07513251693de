import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { ChecksController } from './checks.controller';
import { LiveStatementsService } from './live-statements.service';
import { SpotChecksService } from './spot-checks.service';

@Module({ imports: [DutiesModule], controllers: [ChecksController], providers: [LiveStatementsService, SpotChecksService] })
export class ChecksModule {}
