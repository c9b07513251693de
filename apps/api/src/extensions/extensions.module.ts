import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { ExtensionsController } from './extensions.controller';
import { ExtensionsService } from './extensions.service';

@Module({ imports: [DutiesModule], controllers: [ExtensionsController], providers: [ExtensionsService] })
export class ExtensionsModule {}
