import { changesPack, INHERIT, settingsBody, settingsChecks, settingsValues } from './settings-form';

const own = { packId: 'central-2021', dueDateMode: null, leadTime: 'P7D', termStartYear: null } as const;

describe('settings form', () => {
  it('shows inherited settings as 沿用上级', () => {
    expect(settingsValues({ ...own })).toEqual({ packId: 'central-2021', dueDateMode: INHERIT, leadTime: 'P7D', termStartYear: null });
  });

  it('sends only what changed, null for 沿用上级', () => {
    expect(settingsBody({ packId: INHERIT, dueDateMode: 'next_working_day', leadTime: 'P7D', termStartYear: null }, { ...own })).toEqual({
      packId: null,
      dueDateMode: 'next_working_day',
    });
    expect(settingsBody({ packId: 'central-2021', dueDateMode: INHERIT, leadTime: ' ', termStartYear: 2026 }, { ...own })).toEqual({ leadTime: null, termStartYear: 2026 });
    expect(settingsBody(settingsValues({ ...own }), { ...own })).toEqual({});
  });

  it('normalizes the lead time', () => {
    expect(settingsBody({ ...settingsValues({ ...own }), leadTime: 'p14d' }, { ...own })).toEqual({ leadTime: 'P14D' });
  });

  it('a pack change is previewed first', () => {
    expect(changesPack({ packId: null })).toBe(true);
    expect(changesPack({ leadTime: 'P1D' })).toBe(false);
  });

  it('checks the lead time and the term', () => {
    expect(settingsChecks.leadTime('7天')).toMatch(/ISO-8601/);
    expect(settingsChecks.leadTime('P7D')).toBeNull();
    expect(settingsChecks.leadTime('')).toBeNull();
    expect(settingsChecks.termStartYear(1999)).toMatch(/2000/);
    expect(settingsChecks.termStartYear(2021)).toBeNull();
    expect(settingsChecks.termStartYear(null)).toBeNull();
  });
});
