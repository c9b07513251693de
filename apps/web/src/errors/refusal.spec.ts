import { describeRefusal, splitFieldProblems, toNamePath } from './refusal';

const body = (statusCode: number, code: string, message: string, details: { field: string; reason: string }[] = []) => ({ statusCode, code, message, details });

describe('describeRefusal: API refusals in Chinese', () => {
  it('a 400 naming fields puts each reason on its field', () => {
    const refusal = describeRefusal(400, body(400, 'VALIDATION_FAILED', '请求参数有误：note 不能为空；heldOn 不能晚于今天', [
      { field: 'note', reason: '不能为空' },
      { field: 'heldOn', reason: '不能晚于今天' },
      { field: 'note', reason: '应为字符串' },
    ]));
    expect(refusal.fields).toEqual({ note: '不能为空；应为字符串', heldOn: '不能晚于今天' });
    expect(refusal.message).toBe('提交的内容有误，请按标出的提示修改');
    expect(refusal.code).toBe('VALIDATION_FAILED');
  });

  it('a 400 without fields is a message for the action', () => {
    expect(describeRefusal(400, body(400, 'BAD_REQUEST', '请求体不是合法的 JSON'))).toMatchObject({ message: '请求体不是合法的 JSON', fields: {} });
  });

  it.each([
    [403, '您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权作此决定'],
    [404, '事项不存在：0b0e…'],
    [409, '该升级建议已由他人作出决定'],
    [413, '文件超过 20 MB'],
    [429, '登录失败次数过多，请 15 分钟后再试'],
  ])('a %i keeps the API\'s own Chinese message, for the action', (status, message) => {
    expect(describeRefusal(status, body(status, 'X', message))).toEqual({ status, code: 'X', message, fields: {} });
  });

  it.each([
    [403, '您无权执行此操作'],
    [404, '要查看或操作的记录不存在（可能已被删除）'],
    [409, '该记录已被他人处理或状态已变化，请刷新后查看'],
    [413, '文件或内容过大，超出允许的大小'],
    [429, '操作过于频繁，请稍后再试'],
  ])('a %i with an English or missing message gets a Chinese one', (status, message) => {
    expect(describeRefusal(status, body(status, 'X', 'File too large')).message).toBe(message);
    expect(describeRefusal(status, null).message).toBe(message);
    expect(describeRefusal(status, '<html>Payload Too Large</html>').message).toBe(message);
  });

  it('server errors and lost connections never show the raw body', () => {
    expect(describeRefusal(500, body(500, 'INTERNAL', '服务器内部错误，已记录日志')).message).toBe('服务器暂时无法完成请求，请稍后再试');
    expect(describeRefusal(502, '<html>Bad Gateway</html>').message).toBe('服务器暂时无法完成请求，请稍后再试');
    expect(describeRefusal(0, null)).toMatchObject({ code: 'NETWORK', message: '无法连接服务器，请检查网络后重试' });
  });

  it('ignores malformed details', () => {
    expect(describeRefusal(400, { ...body(400, 'VALIDATION_FAILED', '请求参数有误'), details: [null, { field: 1 }, 'x'] }).fields).toEqual({});
  });
});

describe('splitFieldProblems: what the form shows and what the action says', () => {
  const refusal = describeRefusal(400, body(400, 'VALIDATION_FAILED', '…', [
    { field: 'note', reason: '不能为空' },
    { field: 'counterpartPersonId', reason: '应为 UUID' },
  ]));

  it('fields of the form go next to them, the rest into the message', () => {
    expect(splitFieldProblems(refusal, ['note', 'heldOn'])).toEqual({ shown: { note: '不能为空' }, message: '提交的内容有误：counterpartPersonId：应为 UUID' });
  });

  it('no message when every problem is next to its field', () => {
    expect(splitFieldProblems(refusal, ['note', 'counterpartPersonId'])).toEqual({ shown: { note: '不能为空', counterpartPersonId: '应为 UUID' }, message: null });
  });

  it('nested fields belong to their top-level form field', () => {
    const nested = describeRefusal(400, body(400, 'VALIDATION_FAILED', '…', [{ field: 'items.0.name', reason: '不能为空' }]));
    expect(splitFieldProblems(nested, ['items']).shown).toEqual({ 'items.0.name': '不能为空' });
    expect(toNamePath('items.0.name')).toEqual(['items', 0, 'name']);
  });

  it('a refusal without fields is its message', () => {
    expect(splitFieldProblems(describeRefusal(409, body(409, 'DECIDED', '该升级建议已由他人作出决定')), ['reason'])).toEqual({ shown: {}, message: '该升级建议已由他人作出决定' });
  });
});
