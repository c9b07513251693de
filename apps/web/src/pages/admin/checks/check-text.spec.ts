import { coverageRows, drawFieldPath, endOfDayInChina, formFieldOf, termYears } from './check-text';
import type { LiveStatementOverview } from './check-views';

const overview = (selection: string[] | null): LiveStatementOverview => ({
  organization: { id: 'o', name: '工委' },
  templateAvailable: true,
  packId: 'anhui-2022',
  year: 2027,
  term: { startYear: 2026, endYear: 2030, key: 'T2026-2030', label: '2026—2030年任期' },
  yearsLeft: 4,
  remaining: 1,
  quota: 1,
  coverage: [
    { personId: 'a', personName: '甲', positionId: 'pa', positionTitle: '书记', organizationId: 'oa', organizationName: '甲委', heardIn: [2026] },
    { personId: 'b', personName: '乙', positionId: 'pb', positionTitle: '书记', organizationId: 'ob', organizationName: '乙委', heardIn: [] },
  ],
  proposed: [],
  selection: selection && { id: 's', year: 2027, meetingDate: '2027-06-18', presenters: selection.map((personId) => ({ personId, personName: null, organizationId: 'x', organizationName: null })), proposed: [], updatedAt: '', duties: [] },
  termSelections: [],
});

describe('check texts', () => {
  it('lists the term years', () => expect(termYears(overview(null).term)).toEqual([2026, 2027, 2028, 2029, 2030]));

  it('adds the year on screen to who presented, from its confirmed list', () => {
    expect(coverageRows(overview(null)).map((r) => [r.personId, r.years, r.heard])).toEqual([
      ['a', [2026], true],
      ['b', [], false],
    ]);
    expect(coverageRows(overview(['b'])).map((r) => r.years)).toEqual([[2026], [2027]]);
  });

  it('writes the end of a day in China and finds the form field of a refusal', () => {
    expect(endOfDayInChina('2027-11-30')).toBe('2027-11-30T23:59:59+08:00');
    expect(formFieldOf('personIds.3')).toBe('personIds');
    expect(formFieldOf('exclusions.0.personId')).toBe('exclusions');
    expect(formFieldOf('meetingDate')).toBe('meetingDate');
    expect(drawFieldPath('exclusions.2.personId')).toEqual(['exclusions', 2, 'personId']);
    expect(drawFieldPath('dueAt')).toEqual(['dueDate']);
    expect(drawFieldPath('year')).toEqual(['kind']);
  });
});
