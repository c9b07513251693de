import { installAuditActor } from '@duban/persistence';
import { Module, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditContextInterceptor, currentAuditActor } from './audit-context';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Every change through the API is attributed to the request's person in the database's audit trail. */
@Module({
  controllers: [AuditController],
  providers: [AuditService, { provide: APP_INTERCEPTOR, useClass: AuditContextInterceptor }],
})
export class AuditModule implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    installAuditActor(this.dataSource, currentAuditActor);
  }
}
