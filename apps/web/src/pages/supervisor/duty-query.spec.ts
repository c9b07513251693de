import { dutiesQuery } from './duty-query';

describe('the duties table asks the server for one page', () => {
  it('pages and page sizes go to the API (never the whole subtree)', () => {
    expect(dutiesQuery({})).toEqual({ page: 1, pageSize: 20 });
    expect(dutiesQuery({ current: 3, pageSize: 50 })).toEqual({ page: 3, pageSize: 50 });
    expect(dutiesQuery({ pageSize: 1000 })).toEqual({ page: 1, pageSize: 200 });
  });

  it('an organization means its subtree unless switched off; dates are calendar days', () => {
    expect(dutiesQuery({ organizationId: 'o' })).toEqual({ page: 1, pageSize: 20, organizationId: 'o', subtree: true });
    expect(dutiesQuery({ organizationId: 'o', subtree: false, status: 'overdue', personId: 'p', dueFrom: '2026-12-01 00:00:00', dueTo: '2026-12-31' })).toEqual({
      page: 1,
      pageSize: 20,
      organizationId: 'o',
      subtree: false,
      status: 'overdue',
      personId: 'p',
      dueFrom: '2026-12-01',
      dueTo: '2026-12-31',
    });
    expect(dutiesQuery({ subtree: true, status: 'nonsense' })).toEqual({ page: 1, pageSize: 20 });
  });
});
