import { completionBody, completionChecks, decisionBody, decisionProblems, endOfDay, evidenceFileProblem, evidenceRequirementText, extensionBody, extensionChecks, reviewBody, reviewProblems, todayInChina } from './duty-forms';

describe('duty forms', () => {
  it('dates are whole days in China\'s time', () => {
    expect(endOfDay('2027-01-31')).toBe('2027-01-31T23:59:59+08:00');
    expect(todayInChina(new Date('2026-12-01T17:00:00Z'))).toBe('2026-12-02');
    expect(todayInChina(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
  });

  it('登记完成: a day not after today and a note', () => {
    expect(completionChecks.heldOn(undefined, '2026-12-01')).toBe('请选择谈话（履职）日期');
    expect(completionChecks.heldOn('2026-12-02', '2026-12-01')).toBe('日期不能晚于今天');
    expect(completionChecks.heldOn('2026-12-01', '2026-12-01')).toBeNull();
    expect(completionChecks.note('   ')).toBe('请填写情况说明');
    expect(completionChecks.note('x'.repeat(4001))).toBe('情况说明最多 4000 个字符');
    expect(completionChecks.note('谈了')).toBeNull();
    expect(completionBody({ heldOn: '2026-11-20', note: ' 谈了 ' })).toEqual({ heldOn: '2026-11-20', note: '谈了' });
    expect(completionBody({ heldOn: '2026-11-20', note: '谈了', counterpartPersonId: 'p' })).toEqual({ heldOn: '2026-11-20', note: '谈了', counterpartPersonId: 'p' });
  });

  it('登记完成: what the template asks, and no submission without the file it asks', () => {
    const meeting = [
      { item: 'heldOn', label: '履职日期' },
      { item: 'note', label: '情况说明' },
      { item: 'file', label: '会议记录、签到表' },
    ];
    expect(evidenceRequirementText(meeting)).toBe('须填写履职日期、情况说明；须上传会议记录、签到表（至少一份佐证材料）');
    expect(evidenceRequirementText([{ item: 'note', label: '情况说明' }])).toBe('须填写情况说明');
    expect(evidenceRequirementText([])).toBeNull();
    expect(evidenceFileProblem(meeting, 0)).toBe('该事项要求上传会议记录、签到表作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成');
    expect(evidenceFileProblem(meeting, 1)).toBeNull();
    expect(evidenceFileProblem([{ item: 'heldOn', label: '谈话日期' }], 0)).toBeNull();
  });

  it('申请延期: a later day than the current due date, and a reason', () => {
    expect(extensionChecks.newDueDay(undefined, '2026-12-31', '2026-12-01')).toBe('请选择希望的新截止日期');
    expect(extensionChecks.newDueDay('2026-12-31', '2026-12-31', '2026-12-01')).toBe('新截止日期须晚于现在的截止日期');
    expect(extensionChecks.newDueDay('2026-11-30', '2026-11-01', '2026-12-01')).toBe('新截止日期不能早于今天');
    expect(extensionChecks.newDueDay('2027-01-31', '2026-12-31', '2026-12-01')).toBeNull();
    expect(extensionChecks.reason('')).toBe('请说明延期理由');
    expect(extensionBody({ newDueDay: '2027-01-31', reason: '在外培训' })).toEqual({ newDueAt: '2027-01-31T23:59:59+08:00', reason: '在外培训' });
  });

  it('decisions: a reason to reject or refuse, a day to extend', () => {
    expect(decisionProblems('approve', {}, '2026-12-01')).toEqual({});
    expect(decisionProblems('reject', {}, '2026-12-01')).toEqual({ reason: '驳回须说明理由' });
    expect(decisionProblems('refuse', { reason: ' ' }, '2026-12-01')).toEqual({ reason: '驳回须说明理由' });
    expect(decisionProblems('extend', {}, '2026-12-01')).toEqual({ newDueAt: '请选择新的截止日期' });
    expect(decisionProblems('extend', { newDueDay: '2026-11-30' }, '2026-12-01')).toEqual({ newDueAt: '新的截止日期不能早于今天' });
    expect(decisionProblems('grant', {}, '2026-12-01')).toEqual({});
    expect(decisionBody('approve', { newDueDay: '2027-01-31' })).toEqual({ decision: 'approve' });
    expect(decisionBody('extend', { newDueDay: '2027-01-31', reason: '给一次机会' })).toEqual({ decision: 'extend', reason: '给一次机会', newDueAt: '2027-01-31T23:59:59+08:00' });
    expect(decisionBody('grant', {})).toEqual({ decision: 'grant' });
  });

  it('审核完成情况: 退回 needs a reason and a new day not before today; 通过 needs nothing', () => {
    expect(reviewProblems('accept', {}, '2026-12-01')).toEqual({});
    expect(reviewProblems('return', {}, '2026-12-01')).toEqual({ reason: '退回须说明理由', newDueAt: '请选择新的截止日期' });
    expect(reviewProblems('return', { reason: '走过场', newDueDay: '2026-11-30' }, '2026-12-01')).toEqual({ newDueAt: '新的截止日期不能早于今天' });
    expect(reviewProblems('return', { reason: '走过场', newDueDay: '2026-12-15' }, '2026-12-01')).toEqual({});
    expect(reviewProblems('accept', { reason: 'x'.repeat(2001) }, '2026-12-01')).toEqual({ reason: '理由最多 2000 个字符' });
    expect(reviewBody('return', { reason: ' 走过场 ', newDueDay: '2026-12-15' })).toEqual({ decision: 'return', reason: '走过场', newDueAt: '2026-12-15T23:59:59+08:00' });
    expect(reviewBody('accept', { reason: '  ', newDueDay: '2026-12-15' })).toEqual({ decision: 'accept' });
  });
});
