import { OrganizationEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PositionsController } from './positions.controller';
import { PositionsService } from './positions.service';

@Module({
  imports: [TypeOrmModule.forFeature([PositionEntity, OrganizationEntity, PersonEntity]), DutiesModule],
  controllers: [PositionsController],
  providers: [PositionsService],
})
export class PositionsModule {}
