import type { PreviewDuty } from '../preview/preview.types';
import { diffDuties } from './duty-diff';

const duty = (key: string, organizationId: string, dueDate: string, counterpart?: string): PreviewDuty =>
  ({
    key,
    obligationId: key.split(':')[1],
    title: `义务 ${key}`,
    organization: { id: organizationId, name: `组织${organizationId}` },
    responsible: { personId: 'p', name: '书记', positionId: 's', positionTitle: '书记', role: 'principal', roleLabel: '一把手' },
    counterpart: counterpart ? { personId: counterpart, positionId: `seat-${counterpart}`, name: counterpart } : null,
    period: { key: '2027', label: '2027年', cadenceLabel: '每年' },
    slot: { ordinal: 1, count: 1 },
    dueDate,
  }) as PreviewDuty;

describe('diffDuties', () => {
  it('lists added, removed and moved duties by key, per organization in tree order, leaving unchanged ones out', () => {
    const current = [duty('B:talk:2027', 'B', '2027-12-31', '甲'), duty('A:plan:2027', 'A', '2027-03-31'), duty('A:same:2027', 'A', '2027-12-31')];
    const candidate = [duty('A:plan:2027', 'A', '2027-06-30'), duty('A:same:2027', 'A', '2027-12-31'), duty('B:talk:2027#1', 'B', '2027-06-30', '甲')];
    const diff = diffDuties(current, candidate, ['A', 'B']);
    expect(diff.map((o) => o.organizationId)).toEqual(['A', 'B']);
    expect(diff[0]).toMatchObject({ added: [], removed: [], moved: [{ key: 'A:plan:2027', templateId: 'plan', fromDate: '2027-03-31', toDate: '2027-06-30' }] });
    expect(diff[1].added).toEqual([expect.objectContaining({ key: 'B:talk:2027#1', dueDate: '2027-06-30', counterpart: { personId: '甲', name: '甲' } })]);
    expect(diff[1].removed).toEqual([expect.objectContaining({ key: 'B:talk:2027', dueDate: '2027-12-31' })]);
    expect(diffDuties(current, current, ['A', 'B'])).toEqual([]);
  });
});
