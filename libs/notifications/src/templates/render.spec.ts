import { renderMessage } from './render';

const reminder = {
  recipientName: '张三',
  title: '监督谈话',
  counterpart: '市委 李四',
  organizationName: '省委',
  dueDate: '2026-12-31',
  daysLeft: 7,
  dutyUrl: 'https://duban.example.org/console/duties/d-1',
  citation: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（三）条',
};

describe('renderMessage', () => {
  it('names the duty, the counterpart, the due date and the clause', () => {
    const message = renderMessage('reminder', reminder);
    expect(message.subject).toBe('【督办提醒】监督谈话：市委 李四，请于2026-12-31前完成');
    expect(message.text).toContain('对象：市委 李四');
    expect(message.text).toContain('截止日期：2026-12-31');
    expect(message.text).toContain('第（三）条');
  });

  it('points the request to act at the link to the item', () => {
    expect(renderMessage('reminder', reminder).text).toContain('请于 2026-12-31 前完成，并点击以下链接在督办工作台登记：\nhttps://duban.example.org/console/duties/d-1\n');
    const approval = renderMessage('extensionRequested', { ...reminder, responsibleName: '王五', requestedDate: '2027-01-31', reason: '外出', approvalUrl: 'https://x/console/approvals/extensions/e-1' }).text;
    expect(approval).toContain('请点击以下链接在督办工作台同意或不同意：\nhttps://x/console/approvals/extensions/e-1');
    const { dutyUrl: _dutyUrl, ...withoutLink } = reminder;
    expect(() => renderMessage('acknowledgeRequest', withoutLink)).toThrow(/dutyUrl/);
  });

  it('puts every link on a line of its own, so that no punctuation sticks to it', () => {
    const withLinks = { ...reminder, reviewerName: '钱七', responsibleName: '王五', proposeDate: '2027-01-15', targetName: '省委', decidesBy: '2027-01-20', requestedDate: '2027-01-31', reason: '外出', deciderName: '赵六', noticeNumber: '1', auto: true, note: '', overdueDays: 3, approvalUrl: 'https://x/console/approvals/a' };
    for (const name of ['acknowledgeRequest', 'reminder', 'overdueReminder', 'dueNotice', 'overdue', 'escalationProposed', 'escalationWarning', 'reassigned', 'extensionRequested', 'extensionRefused', 'extensionGranted', 'completionReturned'] as const) {
      const lines = renderMessage(name, withLinks).text.split('\n');
      const linked = lines.filter((l) => l.includes('https://'));
      expect({ name, linked: linked.length > 0 && linked.every((l) => /^https:\/\/\S+$/.test(l)) }).toEqual({ name, linked: true });
    }
  });

  it('tells the leader a returned completion: by whom, why, the new date and the link', () => {
    const message = renderMessage('completionReturned', { ...reminder, reviewerName: '钱七', reason: '谈话记录过于简单，属于走过场', dueDate: '2027-01-15' });
    expect(message.subject).toBe('【完成情况被退回】“监督谈话”请于2027-01-15前重新办理');
    expect(message.text).toContain('经钱七审核，认为完成情况不符合要求，已退回重新办理');
    expect(message.text).toContain('退回理由：谈话记录过于简单，属于走过场\n新的截止日期：2027-01-15');
    expect(message.text).toContain('\nhttps://duban.example.org/console/duties/d-1\n');
  });

  it('does not HTML-escape plain text', () => {
    expect(renderMessage('reminder', { ...reminder, counterpart: 'A & B <C>' }).text).toContain('对象：A & B <C>');
  });

  it('refuses to render with a missing variable', () => {
    const { citation: _citation, ...partial } = reminder;
    expect(() => renderMessage('reminder', partial)).toThrow(/citation/);
  });

  it('says when an escalation went out on its own', () => {
    const text = renderMessage('escalationWarning', {
      ...reminder,
      responsibleName: '王五',
      auto: true,
      noticeNumber: '督办预警〔2027〕第 1 号',
      decidesBy: '2027-01-20',
    }).text;
    expect(text).toContain('未作决定，系统已自动报告');
  });
});
