import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { Action } from './access.policy';
import { Principal } from './principal';

export type ResourceKind = 'organization' | 'position' | 'person' | 'duty' | 'escalation' | 'extension' | 'warningNotice' | 'appointment' | 'incident' | 'reminderLetter' | 'evidence' | 'rectification';

/**
 * Where a handler's record comes from: `params.id`, `body.parentId`, `query.organizationId`.
 * `action` overrides the handler's action for this record (e.g. reading the person being appointed).
 *
 * A value that is not there (missing or `null`) is skipped, unless `root` says that it means "no
 * organization: the top of the tree" — when `missing` (missing or null: creating at the top) or when `null`
 * only (an explicit null: detaching; missing means "unchanged") — and which action that requires.
 */
export interface ResourceRef {
  kind: ResourceKind;
  path: `${'params' | 'body' | 'query'}.${string}`;
  action?: Action;
  root?: { when: 'missing' | 'null'; action?: Action };
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

export const on = (kind: ResourceKind, path: ResourceRef['path'], options: Pick<ResourceRef, 'root' | 'action'> = {}): ResourceRef => ({ kind, path, ...options });

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
