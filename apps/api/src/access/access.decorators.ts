import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { Action } from './access.policy';
import { Principal } from './principal';

export type ResourceKind = 'organization' | 'position' | 'person' | 'duty' | 'escalation' | 'extension' | 'warningNotice' | 'appointment' | 'incident' | 'reminderLetter';

/**
 * Where a handler's record comes from: `params.id`, `body.parentId`, `query.organizationId`.
 * An absent value is skipped, or (`absent: 'root'`) read as "no organization: the top of the tree".
 * `action` overrides the handler's action for this record (e.g. reading the person being appointed).
 */
export interface ResourceRef {
  kind: ResourceKind;
  path: `${'params' | 'body' | 'query'}.${string}`;
  absent?: 'skip' | 'root';
  action?: Action;
}

export interface AccessRule {
  action: Action;
  resources: ResourceRef[];
}

export const ACCESS_RULE = 'duban:access-rule';
export const PUBLIC_ROUTE = 'duban:public-route';

/**
 * Declares what a handler does and on which records; the global AccessGuard enforces it (404 out of
 * scope, 403 in scope without the right). A handler without `@Can` or `@Public` is refused.
 */
export const Can = (action: Action, ...resources: ResourceRef[]) =>
  applyDecorators(SetMetadata(ACCESS_RULE, { action, resources } satisfies AccessRule), ApiBearerAuth());

/** Reachable without logging in (login, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

export const on = (kind: ResourceKind, path: ResourceRef['path'], options: Pick<ResourceRef, 'absent' | 'action'> = {}): ResourceRef => ({ kind, path, ...options });

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  sessionId?: string;
  userId?: string;
}

/** The authenticated principal of the request (set by the guard). */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal 用在了未经认证的接口上');
  return principal;
});
