import { dutyColour } from './duty-colour';

const due = new Date('2027-01-01T00:00:00+08:00');
const at = (iso: string) => new Date(iso);

describe('dutyColour', () => {
  it('is blue before the warning window, yellow inside it, red from the due date', () => {
    expect(dutyColour('pending', due, 'P7D', at('2026-12-24T23:59:59+08:00'))).toBe('blue');
    expect(dutyColour('pending', due, 'P7D', at('2026-12-25T00:00:00+08:00'))).toBe('yellow');
    expect(dutyColour('pending', due, 'P7D', at('2027-01-01T00:00:00+08:00'))).toBe('red');
  });

  it('is red for every overdue or escalated state, whatever the clock says', () => {
    for (const status of ['overdue', 'escalation_proposed', 'escalated'] as const) expect(dutyColour(status, due, 'P7D', at('2026-01-01T00:00:00Z'))).toBe('red');
  });

  it('has no colour once closed', () => {
    expect(dutyColour('completed', due, 'P7D', at('2027-02-01T00:00:00Z'))).toBeNull();
    expect(dutyColour('cancelled', due, 'P7D', at('2027-02-01T00:00:00Z'))).toBeNull();
  });
});
