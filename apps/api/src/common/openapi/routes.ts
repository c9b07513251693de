import { INestApplication, ParseUUIDPipe, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, AccessRule, PUBLIC_ROUTE } from '../../access/access.decorators';

/** One handler of one controller, with what its metadata says about the requests it takes. */
export interface RouteInfo {
  controller: { name: string; prototype: object };
  key: string;
  descriptor: PropertyDescriptor;
  /** swagger's default operationId: `<Controller>_<handler>`. */
  operationId: string;
  method: RequestMethod;
  path: string;
  isPublic: boolean;
  rule: AccessRule | undefined;
  /** Kinds of arguments the handler takes (body, query, params, uploaded files…). */
  arguments: Set<RouteParamtypes>;
  /** The classes of its whole-query `@Query()` arguments (their properties become query parameters). */
  queryTypes: Function[];
  /** Path parameters parsed as UUIDs (`@IdParam`). */
  uuidParams: string[];
}

interface RouteArgument {
  index: number;
  data?: unknown;
  pipes?: unknown[];
}

/** Every handler of every controller of the application. */
export function collectRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as ({ name: string; prototype: object } & Function) | null;
      if (!controller?.prototype) continue;
      for (const key of Object.getOwnPropertyNames(controller.prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(controller.prototype, key);
        const handler: unknown = descriptor?.value;
        if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        routes.push(describe(controller, key, descriptor!, handler));
      }
    }
  }
  return routes;
}

function describe(controller: { name: string; prototype: object } & Function, key: string, descriptor: PropertyDescriptor, handler: Function): RouteInfo {
  // `@Body()`, `@Query()`, `@Param()`… are recorded on the class, per handler, as `<paramtype>:<index>`.
  const args = Object.entries((Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, key) ?? {}) as Record<string, RouteArgument>).map(([k, arg]) => ({
    type: Number(k.split(':')[0]) as RouteParamtypes,
    ...arg,
  }));
  const paramTypes = (Reflect.getMetadata('design:paramtypes', controller.prototype, key) ?? []) as Function[];
  const paths = [Reflect.getMetadata(PATH_METADATA, controller), Reflect.getMetadata(PATH_METADATA, handler)].flat().filter((p) => typeof p === 'string');
  return {
    controller,
    key,
    descriptor,
    operationId: `${controller.name}_${key}`,
    method: Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod,
    path: paths.join('/'),
    isPublic: Boolean(Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller)),
    rule: (Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller)) as AccessRule | undefined,
    arguments: new Set(args.map((a) => a.type)),
    queryTypes: args.filter((a) => a.type === RouteParamtypes.QUERY && a.data === undefined).map((a) => paramTypes[a.index]).filter((t) => typeof t === 'function'),
    uuidParams: args
      .filter((a) => a.type === RouteParamtypes.PARAM && typeof a.data === 'string' && (a.pipes ?? []).some((p) => p instanceof ParseUUIDPipe))
      .map((a) => a.data as string),
  };
}
