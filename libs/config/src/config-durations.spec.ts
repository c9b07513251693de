import { ConfigError, loadConfig } from './load-config';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/duban' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...base, ...env });
    return [];
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return e.problems.map((p) => p.variable);
  }
}

/** Durations read from the environment obey the same rule as everywhere else (isIsoDuration: real, at most P10Y). */
describe('durations in the configuration', () => {
  it.each(['DECISION_WAIT', 'AUTH_TOKEN_TTL'])('%s refuses an absurd duration, naming the variable', (variable) => {
    expect(problemsOf({ [variable]: 'P99999999999Y' })).toEqual([variable]);
    expect(problemsOf({ [variable]: 'PT30S' })).toEqual([]);
  });
});
