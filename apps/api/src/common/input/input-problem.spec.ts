import { findInputProblem, MAX_INPUT_DEPTH } from './input-problem';

/** `{"a":{"a":…}}` `levels` deep, built without recursion. */
function nested(levels: number, leaf: unknown = 1): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('findInputProblem', () => {
  it('passes ordinary input, emoji and CJK text included', () => {
    expect(findInputProblem({ name: '中共某省委 😀', list: [1, 'two', { three: [true, null] }], n: -1.5 })).toBeNull();
    expect(findInputProblem(undefined)).toBeNull();
    expect(findInputProblem({})).toBeNull();
    expect(findInputProblem(nested(MAX_INPUT_DEPTH))).toBeNull();
  });

  it('refuses nesting deeper than the limit, naming where it went too deep', () => {
    const problem = findInputProblem({ escalation: nested(MAX_INPUT_DEPTH) });
    expect(problem).toEqual({ field: ['escalation', ...Array(MAX_INPUT_DEPTH - 1).fill('a')].join('.'), reason: `嵌套过深（最多 ${MAX_INPUT_DEPTH} 层）` });
  });

  it('walks 100,000 levels of arrays without recursing', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findInputProblem(deep)?.reason).toMatch(/嵌套过深/);
  });

  it('refuses a NUL character in a value or a key, with the field path', () => {
    expect(findInputProblem({ login: 'a\u0000b' })).toEqual({ field: 'login', reason: '不能包含空字符（\\u0000）' });
    expect(findInputProblem({ levels: [{ notify: ['ok', '\u0000'] }] })).toEqual({ field: 'levels.0.notify.1', reason: '不能包含空字符（\\u0000）' });
    expect(findInputProblem({ fields: { 'a\u0000': 1 } })).toEqual({ field: 'fields.a\\u0000', reason: '字段名不能包含空字符（\\u0000）' });
    expect(findInputProblem('\u0000')).toEqual({ field: '请求体', reason: '不能包含空字符（\\u0000）' });
  });

  it('refuses a lone surrogate but not a pair', () => {
    expect(findInputProblem({ email: '\ud800' })).toEqual({ field: 'email', reason: '含有无效的 Unicode 字符（孤立的代理项）' });
    expect(findInputProblem({ name: 'x\udc00y' })?.field).toBe('name');
    expect(findInputProblem({ ['\ud83d']: 1 })).toEqual({ field: '\\ud83d', reason: '字段名含有无效的 Unicode 字符（孤立的代理项）' });
    expect(findInputProblem({ name: '\ud83d\ude00' })).toBeNull();
  });

  it('refuses a number JSON cannot hold', () => {
    expect(findInputProblem(JSON.parse('{"year":1e400}'))).toEqual({ field: 'year', reason: '数值超出范围' });
    expect(findInputProblem({ page: 1e20 })).toBeNull(); // finite: the field's own @Max refuses it
  });

  it('names the first problem in document order', () => {
    expect(findInputProblem({ a: 'ok', b: '\u0000', c: '\ud800' })?.field).toBe('b');
    expect(findInputProblem({ list: ['\u0000', '\ud800'] })?.field).toBe('list.0');
  });
});
