import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { PositionsModule } from '../positions/positions.module';
import { TreeImportController } from './tree-import.controller';
import { TreeImportService } from './tree-import.service';

@Module({
  imports: [OrganizationsModule, PeopleModule, PositionsModule, AuthModule],
  controllers: [TreeImportController],
  providers: [TreeImportService],
})
export class TreeImportModule {}
