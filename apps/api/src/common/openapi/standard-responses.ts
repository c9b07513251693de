import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiResponse } from '@nestjs/swagger';
import { AccessRule } from '../../access/access.decorators';
import { POLICY } from '../../access/access.policy';
import { ErrorResponseDto } from './error-response.dto';
import { RouteInfo } from './routes';

/** swagger's own key for `@ApiResponse` (DECORATORS.API_RESPONSE of @nestjs/swagger). */
const API_RESPONSE = 'swagger/apiResponse';
const WRITES = [RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE];

type RouteFacts = Pick<RouteInfo, 'method' | 'path' | 'isPublic' | 'rule' | 'arguments'>;

/**
 * The refusals a route can answer, derived from what it declares — so that a route added later is documented
 * without anyone remembering to: 400 when it takes a path parameter, a query or a body (validation), 401 when
 * it is not public (the guard), 403 when its `@Can` needs a right that not everyone has (or it declares
 * nothing and is refused), 404 when it names a record (path or declared resource), 409 when an authenticated
 * write can meet a uniqueness or state conflict, 413 when it takes a body (the body parser's limit).
 */
export function standardRefusals(route: RouteFacts): Map<number, string> {
  const refusals = new Map<number, string>();
  const hasParams = route.arguments.has(RouteParamtypes.PARAM) || /:\w/.test(route.path);
  const takesBody = WRITES.includes(route.method) || [RouteParamtypes.BODY, RouteParamtypes.FILE, RouteParamtypes.FILES].some((a) => route.arguments.has(a));
  if (hasParams || route.arguments.has(RouteParamtypes.QUERY) || takesBody) refusals.set(400, '请求参数有误（details 逐个字段说明原因）');
  if (!route.isPublic) refusals.set(401, '未登录，或访问令牌无效、已过期、已注销');
  if (!route.isPublic && needsRight(route.rule)) refusals.set(403, '无权执行该操作');
  if (hasParams || (route.rule?.resources.length ?? 0) > 0) refusals.set(404, '所指的记录不存在或不在您的可见范围内');
  if (!route.isPublic && WRITES.includes(route.method) && route.rule?.action !== 'session') refusals.set(409, '与现有记录或其当前状态冲突');
  if (takesBody) refusals.set(413, '请求体过大');
  return refusals;
}

/** Whether some action of the rule is granted only to some (a route without a rule is refused outright). */
function needsRight(rule: AccessRule | undefined): boolean {
  if (!rule) return true;
  const actions = [rule.action, ...rule.resources.flatMap((r) => [r.action, r.root?.action])];
  return actions.some((action) => action !== undefined && POLICY[action].grants !== 'anyone');
}

/**
 * Adds to a handler its success status and the standard refusals it can answer (with the shared error
 * shape), unless the handler documents that status itself. Run before `SwaggerModule.createDocument`.
 */
export function documentStandardResponses(route: RouteInfo): void {
  const { controller, key, descriptor } = route;
  const declared = (): Record<string, unknown> => (Reflect.getMetadata(API_RESPONSE, descriptor.value) ?? {}) as Record<string, unknown>;
  // Nest answers this status unless the handler sets another; swagger omits it once any response is declared.
  const success = (Reflect.getMetadata(HTTP_CODE_METADATA, descriptor.value) as number | undefined) ?? (route.method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
  if (declared()[success] === undefined) ApiResponse({ status: success, description: '成功' })(controller.prototype, key, descriptor);
  for (const [status, description] of standardRefusals(route)) {
    if (declared()[status] !== undefined) continue;
    ApiResponse({ status, description, type: ErrorResponseDto })(controller.prototype, key, descriptor);
  }
}
