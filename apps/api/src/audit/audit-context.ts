import { AuditActor } from '@duban/persistence';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { Observable } from 'rxjs';
import { AuthenticatedRequest } from '../access/access.decorators';

const storage = new AsyncLocalStorage<AuditActor>();

/** Who the database changes made now are attributed to: the request's person, else the system. */
export function currentAuditActor(): AuditActor {
  return storage.getStore() ?? 'system';
}

/** Runs each authenticated handler with its person as the audit actor (see installAuditActor). */
@Injectable()
export class AuditContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (!principal) return next.handle();
    const actor: AuditActor = `person:${principal.personId}`;
    return new Observable((subscriber) => storage.run(actor, () => next.handle().subscribe(subscriber)));
  }
}
