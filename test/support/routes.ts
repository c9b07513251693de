import { ACCESS_RULE, AccessRule, PUBLIC_ROUTE } from '@duban/api/access/access.decorators';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { ModulesContainer } from '@nestjs/core';

export interface RouteInfo {
  route: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
  isPublic: boolean;
}

/** Every HTTP route of the application, read from the controllers' own metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const own = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (own === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${[base, own].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
        routes.push({
          route: `${controller.name}.${name}`,
          method,
          path,
          rule: Reflect.getMetadata(ACCESS_RULE, handler) ?? Reflect.getMetadata(ACCESS_RULE, controller),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller)),
        });
      }
    }
  }
  return routes;
}

/** A field of a route's body or query DTO and the class-validator constraints on it. */
export interface RouteField {
  source: 'body' | 'query';
  field: string;
  constraints: string[];
}

/** The body and query DTO fields of a route, read from the parameter types and class-validator's metadata. */
export function routeFields(app: INestApplication, route: RouteInfo): RouteField[] {
  const [controllerName, method] = route.route.split('.');
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (controller?.name !== controllerName) continue;
      const types: unknown[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
      const args: Record<string, { index: number }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
      const fields: RouteField[] = [];
      for (const [key, { index }] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        const source = kind === RouteParamtypes.BODY ? 'body' : kind === RouteParamtypes.QUERY ? 'query' : null;
        const dto = types[index];
        if (!source || typeof dto !== 'function') continue;
        const byField = new Map<string, string[]>();
        for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
          byField.set(m.propertyName, [...(byField.get(m.propertyName) ?? []), m.name ?? m.type]);
        }
        for (const [field, constraints] of byField) fields.push({ source, field, constraints });
      }
      return fields;
    }
  }
  return [];
}
