import { buildLedger, LedgerDutyFacts, statementSections } from '@duban/domain';
import { chineseNumeral, statementBody } from './statement-draft.content';
import type { StatementDraft } from './statement-draft.docx';

const facts = (overrides: Partial<LedgerDutyFacts>): LedgerDutyFacts => ({
  dutyId: 'd',
  templateId: 'supervision-talk',
  title: '监督谈话',
  citation: '《北京市关于加强对“一把手”和领导班子监督的若干措施》第（十）条',
  organization: { id: 'o', name: '中共某区委' },
  responsible: { id: 'p', name: '区委书记' },
  counterpart: '中共某街道工委 街道书记',
  periodLabel: '2027年',
  dueDate: '2027-06-30',
  dueAt: '2027-06-30T16:00:00Z',
  status: 'completed',
  completedAt: '2027-06-01T02:00:00Z',
  completion: { heldOn: '2027-06-01', note: '谈话' },
  evidenceFiles: [],
  events: [],
  ...overrides,
});

const draftOf = (duties: LedgerDutyFacts[]): StatementDraft => ({
  year: 2027,
  person: { name: '区委书记' },
  organization: { name: '中共某区委' },
  positions: ['中共某区委 党委书记'],
  duty: { title: '书面述责述廉', citation: '《北京市关于加强对“一把手”和领导班子监督的若干措施》第（十一）条', dueDate: '2027-12-31' },
  sections: statementSections(['beijing-2021']),
  ledger: buildLedger({ kind: 'person', id: 'p', name: '区委书记' }, 2027, [{ person: { id: 'p', name: '区委书记' }, positions: [], duties }], new Date('2027-12-01T00:00:00Z')),
  zone: 'Asia/Shanghai',
});

const texts = (draft: StatementDraft) => statementBody(draft).map((l) => `${l.kind}|${l.text}`);

describe('the 述责述廉 draft’s body', () => {
  it('numbers headings in Chinese', () => {
    expect([1, 2, 9, 10, 11, 19, 20, 23].map(chineseNumeral)).toEqual(['一', '二', '九', '十', '十一', '十九', '二十', '二十三']);
  });

  it('counts the year’s duties, lists them by kind with dates and counterparts, and explains a return', () => {
    const lines = texts(
      draftOf([
        facts({ dutyId: 'a', evidenceFiles: ['记录.pdf'] }),
        facts({ dutyId: 'b', counterpart: '中共另一街道工委 书记', events: [{ type: 'completion_returned', at: '2027-05-20T02:00:00Z', data: { reason: '谈话记录过于简单' } }] }),
      ]),
    );
    expect(lines).toContain('h1|一、履行监督职责情况');
    expect(lines.find((l) => l.startsWith('text|本年度应履行监督职责事项'))).toContain('本年度应履行监督职责事项2项，已完成2项（按期完成2项，逾期完成0项）');
    expect(lines.find((l) => l.startsWith('text|本年度应履行监督职责事项'))).toContain('完成情况被退回1项（1次）');
    expect(lines).toContain('h2|（一）监督谈话：应履职2项，已完成2项。依据：《北京市关于加强对“一把手”和领导班子监督的若干措施》第（十）条');
    expect(lines).toContain('text|1. 对象：中共某街道工委 街道书记；周期：2027年；截止日期：2027-06-30；2027-06-01完成（按期完成）；谈话；佐证材料：记录.pdf。');
    expect(lines).toContain('text|1. 监督谈话（中共另一街道工委 书记）：2027-05-20完成情况被退回，理由：谈话记录过于简单。');
    // Beijing's sections, then the rectifications of the register (none here).
    expect(lines).toContain('h1|三、评议问题整改情况');
    expect(lines).toContain('h1|四、参加双重组织生活及个人有关事项公开情况');
    expect(lines).toContain('h1|五、整改事项');
    expect(lines).toContain('text|2027年度，整改台账中没有本单位需要整改的问题。');
    expect(lines.find((l) => l.includes('台账以外的整改事项'))).toMatch(/^prompt\|/);
  });

  it('lists the organization’s rectifications of the register with their state, returns and escalation', () => {
    const lines = texts({
      ...draftOf([]),
      rectifications: [
        { sourceLabel: '巡视巡察', description: '决策程序不规范', foundOn: '2027-03-01', deadline: '2027-06-30', statusLabel: '已回访销号', returns: 0, escalationLabel: null },
        { sourceLabel: '审计', description: '公务接待超标准', foundOn: '2027-05-10', deadline: '2027-09-30', statusLabel: '整改中', returns: 2, escalationLabel: '已启动约谈' },
      ],
    });
    expect(lines).toContain('text|2027年度，整改台账记载本单位需要整改的问题2个：');
    expect(lines).toContain('text|1. 【巡视巡察】决策程序不规范（2027-03-01发现，整改期限2027-06-30，目前已回访销号）');
    expect(lines).toContain('text|2. 【审计】公务接待超标准（2027-05-10发现，整改期限2027-09-30，目前整改中，整改报告被退回2次，已启动约谈）');
    expect(lines).toContain('prompt|整改措施及成效：（请逐项填写；台账以外的整改事项请一并说明）');
  });

  it('says so when nothing was late, extended, escalated or returned, and when the year had no duties', () => {
    expect(texts(draftOf([facts({})]))).toContain('text|本年度监督职责事项均按期完成，无延期、升级和被退回的情况。');
    expect(texts(draftOf([])).some((l) => l.startsWith('prompt|本年度台账中无应履行的监督职责事项'))).toBe(true);
  });
});
