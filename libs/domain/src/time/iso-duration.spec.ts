import { isIsoDuration, isoDurationProblem, isoDurationToMillis, parseIsoDuration } from './iso-duration';

describe('ISO-8601 durations', () => {
  it.each(['P30D', 'P7D', 'P1D', 'PT5S', 'PT1.5S', 'P1Y2M', 'P2W', 'PT1H30M'])('accepts %s', (value) => {
    expect(isIsoDuration(value)).toBe(true);
  });

  it.each(['', 'P', 'PT', '30D', 'P-1D', 'P1DT', '7 days', 30, null])('refuses %p', (value) => {
    expect(isIsoDuration(value)).toBe(false);
  });

  it.each(['P10Y', 'P120M', 'P3650D', 'P521W', 'PT87600H'])('accepts up to ten years: %s', (value) => {
    expect(isIsoDuration(value)).toBe(true);
  });

  it.each(['P99999999999Y', 'P11Y', 'P10Y1D', 'P3651D', 'PT99999999999999999999999S', `PT${'9'.repeat(400)}S`])('refuses an absurd length: %s', (value) => {
    expect(isIsoDuration(value)).toBe(false);
    expect(() => parseIsoDuration(value)).toThrow(RangeError);
  });

  it('says why in Chinese', () => {
    expect(isoDurationProblem('P30D')).toBeNull();
    expect(isoDurationProblem('7 days')).toBe('不是合法的 ISO-8601 时长：7 days（示例：P30D、PT5S）');
    expect(isoDurationProblem('P99999999999Y')).toBe('时长过长：P99999999999Y（最长 P10Y，即 10 年）');
  });

  it('converts to milliseconds', () => {
    expect(isoDurationToMillis('PT5S')).toBe(5_000);
    expect(isoDurationToMillis('P1D')).toBe(86_400_000);
  });

  it('names the bad value in Chinese', () => {
    expect(() => parseIsoDuration('7 days')).toThrow('不是合法的 ISO-8601 时长："7 days"');
  });
});
