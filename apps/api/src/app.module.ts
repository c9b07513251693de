import { DubanConfig } from '@duban/config';
import { DynamicModule, Module } from '@nestjs/common';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ChecksModule } from './checks/checks.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { ConfigModule } from './config/config.module';
import { ConfigurationModule } from './configuration/configuration.module';
import { ConfigurationDiffModule } from './configuration-diff/configuration-diff.module';
import { DatabaseModule } from './database/database.module';
import { DutiesModule } from './duties/duties.module';
import { EvidenceModule } from './evidence/evidence.module';
import { EscalationsModule } from './escalations/escalations.module';
import { EventsModule } from './events/events.module';
import { LedgerModule } from './ledger/ledger.module';
import { ExtensionsModule } from './extensions/extensions.module';
import { HealthController } from './health.controller';
import { OrganizationsModule } from './organizations/organizations.module';
import { PeopleModule } from './people/people.module';
import { PositionsModule } from './positions/positions.module';
import { PreviewModule } from './preview/preview.module';
import { ReviewsModule } from './reviews/reviews.module';
import { RectificationsModule } from './rectifications/rectifications.module';
import { TemporalModule } from './temporal/temporal.module';
import { TreeImportModule } from './tree-import/tree-import.module';

@Module({})
export class AppModule {
  static forRoot(config: DubanConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        TemporalModule,
        AuthModule,
        AccessModule,
        AuditModule,
        OrganizationsModule,
        PeopleModule,
        PositionsModule,
        ConfigurationModule,
        DutiesModule,
        ChecksModule,
        EvidenceModule,
        DashboardModule,
        EscalationsModule,
        ReviewsModule,
        RectificationsModule,
        ExtensionsModule,
        CalendarModule,
        PreviewModule,
        EventsModule,
        AppointmentsModule,
        TreeImportModule,
        ConfigurationDiffModule,
        LedgerModule,
      ],
      controllers: [HealthController],
    };
  }
}
