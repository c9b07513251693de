import { addressBackoffMs, THROTTLE } from './login-throttle';

describe('per-address back-off', () => {
  it('does not slow an address below the limit', () => {
    expect(addressBackoffMs(0)).toBe(0);
    expect(addressBackoffMs(THROTTLE.perAddress - 1)).toBe(0);
  });

  it('doubles past the limit, up to the cap, and never locks', () => {
    expect(addressBackoffMs(THROTTLE.perAddress)).toBe(THROTTLE.backoffStartMs);
    expect(addressBackoffMs(THROTTLE.perAddress + 1)).toBe(THROTTLE.backoffStartMs * 2);
    expect(addressBackoffMs(THROTTLE.perAddress + 3)).toBe(THROTTLE.backoffStartMs * 8);
    expect(addressBackoffMs(THROTTLE.perAddress + 1000)).toBe(THROTTLE.backoffMaxMs);
  });
});
