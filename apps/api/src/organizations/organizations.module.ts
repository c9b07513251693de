import { OrganizationEntity, PositionEntity } from '@duban/persistence';
import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsController } from './organizations.controller';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, PositionEntity]), DutiesModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
