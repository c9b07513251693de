import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '../auth/auth.module';
import { AccessController } from './access.controller';
import { AccessGuard } from './access.guard';
import { AccessService } from './access.service';
import { ResourceResolver } from './resource-resolver';

/** One guard for every route (APP_GUARD) and one policy (access.policy.ts). */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [AccessController],
  providers: [ResourceResolver, AccessService, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
