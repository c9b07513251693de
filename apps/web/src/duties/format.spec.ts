import { formatCounterpart } from './format';

describe('formatCounterpart', () => {
  it('names the person with their organization, or a dash when there is none', () => {
    expect(formatCounterpart({ name: '马向东', organizationName: '中共示范市委' })).toBe('马向东（中共示范市委）');
    expect(formatCounterpart({ name: '马向东', organizationName: null })).toBe('马向东');
    expect(formatCounterpart(null)).toBe('—');
  });
});
