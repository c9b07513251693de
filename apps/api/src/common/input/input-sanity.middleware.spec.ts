import { Request, Response } from 'express';
import { DubanException } from '../errors/duban.exception';
import { inputSanity } from './input-sanity.middleware';

function run(req: Partial<Request>): unknown {
  let passed: unknown = 'not called';
  inputSanity()({ body: undefined, query: {}, path: '/', ...req } as Request, {} as Response, (error?: unknown) => (passed = error));
  return passed;
}

const refusal = (error: unknown) => {
  expect(error).toBeInstanceOf(DubanException);
  const exception = error as DubanException;
  return { status: exception.getStatus(), code: exception.code, details: exception.details };
};

describe('inputSanity', () => {
  it('lets clean input through', () => {
    expect(run({ body: { name: '中共某省委' }, query: { q: '张' }, path: '/organizations/3f2b8a34-0d4e-4f1a-9c55-1b2e3d4f5a6b' })).toBeUndefined();
  });

  it('refuses a body, a query and a path with 400 naming the field', () => {
    expect(refusal(run({ body: { login: 'a\u0000b' } }))).toEqual({ status: 400, code: 'VALIDATION_FAILED', details: [{ field: 'login', reason: '不能包含空字符（\\u0000）' }] });
    expect(refusal(run({ query: { q: '\u0000' } })).details).toEqual([{ field: 'q', reason: '不能包含空字符（\\u0000）' }]);
    expect(refusal(run({ path: '/obligations/a%00b' })).details).toEqual([{ field: '路径', reason: '不能包含空字符（\\u0000）' }]);
    expect(refusal(run({ path: '/people/%ED%A0%80' })).details).toEqual([{ field: '路径', reason: '含有无效的百分号编码（应为 UTF-8）' }]);
  });
});
