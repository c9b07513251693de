import type { PreviewDuty } from './config-views';
import { cellDuties, dutiesByDay, dutiesByMonth, filterPreview } from './preview-calendar';

const duty = (title: string, dueDate: string, organization = '市委', responsible = '张明'): PreviewDuty =>
  ({
    obligationId: title.startsWith('监督') ? 'supervision-talk' : 'heart-talk',
    obligationTitle: title,
    title,
    organization: { id: organization, name: organization },
    responsible: { personId: responsible, name: responsible },
    counterpart: null,
    dueDate,
  }) as unknown as PreviewDuty;

const duties = [duty('谈心谈话', '2027-03-31', '区委'), duty('监督谈话', '2027-03-31'), duty('谈心谈话', '2027-06-30'), duty('监督谈话', '2027-12-31', '区委', '李华')];

describe('preview calendar', () => {
  it('groups the duties by due day, by organization then title', () => {
    const days = dutiesByDay(duties);
    expect([...days.keys()]).toEqual(['2027-03-31', '2027-06-30', '2027-12-31']);
    expect(days.get('2027-03-31')!.map((d) => d.organization.name)).toEqual(['区委', '市委'].sort((a, b) => a.localeCompare(b, 'zh')));
  });

  it('counts the duties of each month', () => {
    expect(Object.fromEntries(dutiesByMonth(duties))).toEqual({ '2027-03': 2, '2027-06': 1, '2027-12': 1 });
  });

  it('shows a few duties per cell and counts the rest', () => {
    expect(cellDuties(duties, 3)).toMatchObject({ more: 1 });
    expect(cellDuties(undefined)).toEqual({ shown: [], more: 0 });
  });

  it('filters by organization, obligation, month and text', () => {
    expect(filterPreview(duties, { organizationId: '区委' })).toHaveLength(2);
    expect(filterPreview(duties, { obligationId: 'supervision-talk', month: '2027-12' })).toHaveLength(1);
    expect(filterPreview(duties, { text: '李华' })).toHaveLength(1);
    expect(filterPreview(duties, {})).toHaveLength(4);
  });
});
