import { byUrgency, colourTag } from './colour';

describe('duty colours', () => {
  it('蓝/黄/红 as antd tags; closed duties have none', () => {
    expect(colourTag('blue')).toEqual({ color: 'blue', label: '蓝' });
    expect(colourTag('yellow')).toEqual({ color: 'gold', label: '黄' });
    expect(colourTag('red')).toEqual({ color: 'red', label: '红' });
    expect(colourTag(null)).toBeNull();
    expect(colourTag(undefined)).toBeNull();
  });

  it('sorts the most urgent first: 红, 黄, 蓝, closed; earliest due first within a colour', () => {
    const duties = [
      { id: 'blue-late', colour: 'blue' as const, dueAt: '2027-03-01T00:00:00+08:00' },
      { id: 'closed', colour: null, dueAt: '2026-01-01T00:00:00+08:00' },
      { id: 'red', colour: 'red' as const, dueAt: '2026-12-01T00:00:00+08:00' },
      { id: 'blue-early', colour: 'blue' as const, dueAt: '2027-02-01T00:00:00+08:00' },
      { id: 'yellow', colour: 'yellow' as const, dueAt: '2026-12-20T00:00:00+08:00' },
      { id: 'red-earlier', colour: 'red' as const, dueAt: '2026-11-01T00:00:00+08:00' },
    ];
    expect([...duties].sort(byUrgency).map((d) => d.id)).toEqual(['red-earlier', 'red', 'yellow', 'blue-early', 'blue-late', 'closed']);
  });
});
