import { isRectificationOverdue, RECTIFICATION_ESCALATIONS, RECTIFICATION_STATUSES, rectificationColour, rectificationKindOf, RECTIFICATION_WARNING_DAYS } from './rectification';

const base = { status: 'rectifying' as const, deadline: '2026-06-30', escalation: null, lateSince: null };

describe('rectificationColour', () => {
  it('is blue before the warning window, yellow from 15 days before the deadline to the deadline, red the day after', () => {
    expect(RECTIFICATION_WARNING_DAYS).toBe(15);
    expect(rectificationColour(base, '2026-06-14')).toBe('blue');
    expect(rectificationColour(base, '2026-06-15')).toBe('yellow');
    expect(rectificationColour(base, '2026-06-30')).toBe('yellow');
    expect(rectificationColour(base, '2026-07-01')).toBe('red');
    expect(rectificationColour({ ...base, status: 'planning' }, '2026-07-01')).toBe('red');
  });

  it('is red while escalated, blue again once a notice was refused or the report accepted', () => {
    for (const escalation of RECTIFICATION_ESCALATIONS) {
      const expected = escalation === 'notice_rejected' ? 'blue' : 'red';
      expect(rectificationColour({ ...base, escalation }, '2026-01-01')).toBe(expected);
      expect(rectificationColour({ ...base, status: 'reviewing', escalation }, '2026-01-01')).toBe(expected);
      expect(rectificationColour({ ...base, status: 'accepted', escalation }, '2026-01-01')).toBe('blue');
    }
  });

  it('is blue once the work is submitted, however late the day (the reviewer holds it, not the 一把手)', () => {
    expect(rectificationColour({ ...base, status: 'reviewing' }, '2026-08-01')).toBe('blue');
    expect(rectificationColour({ ...base, status: 'accepted' }, '2026-08-01')).toBe('blue');
  });

  it('has no colour once closed or cancelled', () => {
    expect(rectificationColour({ ...base, status: 'closed', escalation: 'notice_issued' }, '2026-08-01')).toBeNull();
    expect(rectificationColour({ ...base, status: 'cancelled' }, '2026-08-01')).toBeNull();
  });

  it('crosses a month and a year boundary in the warning window', () => {
    expect(rectificationColour({ ...base, deadline: '2027-01-10' }, '2026-12-26')).toBe('yellow');
    expect(rectificationColour({ ...base, deadline: '2027-01-10' }, '2026-12-25')).toBe('blue');
  });
});

describe('isRectificationOverdue', () => {
  it.each(RECTIFICATION_STATUSES)('%s: overdue only while the work is owed and the deadline has passed', (status) => {
    const owed = status === 'planning' || status === 'rectifying';
    expect(isRectificationOverdue({ status, deadline: '2026-06-30' }, '2026-06-30')).toBe(false);
    expect(isRectificationOverdue({ status, deadline: '2026-06-30' }, '2026-07-01')).toBe(owed);
  });
});

describe('rectificationKindOf', () => {
  it('makes a supervision recommendation a recommendation and every other source a finding', () => {
    expect(rectificationKindOf('supervision_recommendation')).toBe('recommendation');
    expect(rectificationKindOf('inspection')).toBe('finding');
    expect(rectificationKindOf('audit')).toBe('finding');
  });
});
