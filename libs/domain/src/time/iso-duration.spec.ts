import { isIsoDuration, isoDurationToMillis, parseIsoDuration } from './iso-duration';

describe('ISO-8601 durations', () => {
  it.each(['P30D', 'P7D', 'P1D', 'PT5S', 'PT1.5S', 'P1Y2M', 'P2W', 'PT1H30M'])('accepts %s', (value) => {
    expect(isIsoDuration(value)).toBe(true);
  });

  it.each(['', 'P', 'PT', '30D', 'P-1D', 'P1DT', '7 days', 30, null])('refuses %p', (value) => {
    expect(isIsoDuration(value)).toBe(false);
  });

  it('converts to milliseconds', () => {
    expect(isoDurationToMillis('PT5S')).toBe(5_000);
    expect(isoDurationToMillis('P1D')).toBe(86_400_000);
  });

  it('names the bad value in Chinese', () => {
    expect(() => parseIsoDuration('7 days')).toThrow('不是合法的 ISO-8601 时长："7 days"');
  });
});
