import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthService } from '../auth/auth.service';
import { unauthenticated } from '../auth/auth.errors';
import { DubanException, forbidden } from '../common/errors/duban.exception';
import { ACCESS_RULE, AccessRule, AuthenticatedRequest, PUBLIC_ROUTE, ResourceRef } from './access.decorators';
import { AccessTarget, decide, POLICY, relationsTo } from './access.policy';
import { loadPrincipalScope } from './principal-scope';
import { PrincipalScope } from './principal';
import { ResourceResolver } from './resource-resolver';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one gate of the API, for every route: authenticates the bearer token (401), then applies the
 * policy to what the handler declared with `@Can` — 404 when the record is outside the principal's
 * scope, 403 when inside it without the right. A route that declares nothing is refused (fail closed).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly resources: ResourceResolver,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return false;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) {
      this.logger.error(`接口未声明权限，已拒绝：${request.method} ${request.route?.path ?? request.url}`);
      throw new DubanException(HttpStatus.FORBIDDEN, 'UNDECLARED_ACCESS', '该接口未声明访问权限，已拒绝');
    }

    const token = bearerToken(request.headers.authorization);
    const { principal, sessionId, userId } = await this.auth.authenticate(token);
    Object.assign(request, { principal, sessionId, userId });

    let scope: PrincipalScope | undefined;
    const check = async (action: AccessRule['action'], target: AccessTarget, hidden: () => Error) => {
      if (POLICY[action].grants === 'anyone') return;
      scope ??= await loadPrincipalScope(this.dataSource.manager, principal.personId);
      const decision = decide(action, relationsTo(principal, scope, target), target);
      if (decision.outcome === 'forbid') throw forbidden(decision.message);
      if (decision.outcome === 'hide') throw hidden();
    };

    if (rule.resources.length === 0) await check(rule.action, { kind: 'none' }, () => forbidden(POLICY[rule.action].refusal));
    for (const ref of rule.resources) {
      const value = valueOf(ref, request);
      if (value === undefined || value === null) {
        const meansRoot = ref.root && (ref.root.when === 'missing' || value === null);
        if (meansRoot) {
          const action = ref.root!.action ?? ref.action ?? rule.action;
          await check(action, { kind: 'organization', chain: [] }, () => forbidden(POLICY[action].refusal));
        }
        continue;
      }
      // Malformed: the validation pipe answers 400 naming the field, before the handler runs.
      if (typeof value !== 'string' || !UUID.test(value)) continue;
      const target = await this.resources.resolve(ref.kind, value);
      await check(ref.action ?? rule.action, target, () => this.resources.notFound(ref.kind, value));
    }
    return true;
  }
}

function valueOf(ref: ResourceRef, request: AuthenticatedRequest): unknown {
  const [source, name] = ref.path.split('.') as ['params' | 'body' | 'query', string];
  const container = request[source] as Record<string, unknown> | undefined;
  return container && typeof container === 'object' ? container[name] : undefined;
}

function bearerToken(header: string | undefined): string {
  if (!header) throw unauthenticated();
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header.trim());
  if (!match) throw unauthenticated('访问令牌格式不正确（应为 Authorization: Bearer <令牌>）');
  return match[1];
}
