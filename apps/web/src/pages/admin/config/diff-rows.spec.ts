import type { ConfigurationDiff } from './config-views';
import { changeSummary, diffHeadline, diffOrganizations } from './diff-rows';

const duty = (key: string, dueDate: string) => ({
  key,
  templateId: 'supervision-talk',
  title: `监督谈话 ${key}`,
  period: '2027年上半年',
  dueDate,
  responsible: { personId: 'p1', name: '张明', positionTitle: '党委书记' },
});

const diff: ConfigurationDiff = {
  year: 2027,
  organizations: [
    {
      organizationId: 'o1',
      name: '市委',
      added: [duty('b', '2027-12-31'), duty('a', '2027-06-30')],
      removed: [{ ...duty('c', '2027-03-31'), counterpart: { personId: 'p2', name: '李华' } }],
      moved: [{ ...duty('d', '2027-04-01'), fromDate: '2027-03-31', toDate: '2027-04-01' }],
    },
    { organizationId: 'o2', name: '区委', added: [], removed: [duty('e', '2027-01-31')], moved: [] },
  ],
  totals: { added: 2, removed: 2, moved: 1 },
};

describe('configuration diff rows', () => {
  it('lists each organization\'s added, removed and moved duties by date', () => {
    const [city, district] = diffOrganizations(diff);
    expect(city.summary).toBe('新增 2 项、取消 1 项、改期 1 项');
    expect(city.rows.map((r) => [r.change, r.dueDate])).toEqual([
      ['added', '2027-06-30'],
      ['added', '2027-12-31'],
      ['removed', '2027-03-31'],
      ['moved', '2027-03-31 → 2027-04-01'],
    ]);
    expect(city.rows[2]).toMatchObject({ responsible: '张明（党委书记）', counterpart: '李华', period: '2027年上半年' });
    expect(district).toMatchObject({ name: '区委', summary: '取消 1 项' });
  });

  it('sums up the change for the headline', () => {
    expect(diffHeadline(diff)).toBe('此项变更将使 2027 年 2 个组织的事项：新增 2 项、取消 2 项、改期 1 项');
    expect(diffHeadline({ year: 2027, organizations: [], totals: { added: 0, removed: 0, moved: 0 } })).toBe('此项变更不影响 2027 年的周期事项');
    expect(changeSummary({ added: 0, removed: 0, moved: 0 })).toBe('没有变化');
  });
});
