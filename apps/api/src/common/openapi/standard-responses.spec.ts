import { RequestMethod } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { on } from '../../access/access.decorators';
import { standardRefusals } from './standard-responses';

const route = (overrides: Partial<Parameters<typeof standardRefusals>[0]>) => ({
  method: RequestMethod.GET,
  path: 'things',
  isPublic: false,
  rule: { action: 'duty.list' as const, resources: [] },
  arguments: new Set<RouteParamtypes>(),
  ...overrides,
});

describe('standardRefusals', () => {
  it('a public route without input answers no refusal at all', () => {
    expect([...standardRefusals(route({ isPublic: true, rule: undefined })).keys()]).toEqual([]);
  });

  it('an authenticated list open to everyone: 401 only; with a query, 400 as well', () => {
    expect([...standardRefusals(route({})).keys()]).toEqual([401]);
    expect([...standardRefusals(route({ arguments: new Set([RouteParamtypes.QUERY]) })).keys()]).toEqual([400, 401]);
  });

  it('a read of a record behind a right: 400 (the id), 401, 403, 404', () => {
    const read = route({ path: 'duties/:id', rule: { action: 'duty.read', resources: [on('duty', 'params.id')] }, arguments: new Set([RouteParamtypes.PARAM]) });
    expect([...standardRefusals(read).keys()]).toEqual([400, 401, 403, 404]);
  });

  it('a write with a body: 409 and 413 besides; a write of the session itself cannot conflict', () => {
    const write = route({ method: RequestMethod.POST, rule: { action: 'duty.issue', resources: [on('organization', 'body.organizationId')] }, arguments: new Set([RouteParamtypes.BODY]) });
    expect([...standardRefusals(write).keys()]).toEqual([400, 401, 403, 404, 409, 413]);
    const logout = route({ method: RequestMethod.POST, rule: { action: 'session', resources: [] } });
    expect([...standardRefusals(logout).keys()]).toEqual([400, 401, 413]);
  });

  it('a route whose resource is acted on with another action needs the right of that action (403)', () => {
    const list = route({ rule: { action: 'duty.list', resources: [on('organization', 'query.organizationId', { action: 'organization.read' })] }, arguments: new Set([RouteParamtypes.QUERY]) });
    expect(standardRefusals(list).has(403)).toBe(true);
  });

  it('a route that declares no access rule is refused (403)', () => {
    expect(standardRefusals(route({ rule: undefined })).has(403)).toBe(true);
  });
});
