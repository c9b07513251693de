import { calendarDate } from '@duban/domain';
import { ApiClient } from '../support/api-client';
import { docxText, download, flat, keepDocument, pdfText, readWorkbook } from '../support/documents';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const QUIET = { reminderOffsets: [], acknowledgeReminderInterval: null, overdueReminderInterval: null } as const;

async function upload(api: ApiClient, dutyId: string, name: string, content: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const response = await fetch(`${api.baseUrl}/duties/${dutyId}/evidence`, { method: 'POST', headers: api.authorization, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * 履责记实台账 on the real system: a leader's year of duties — two talks done (one with evidence, one after an
 * extension), a 民主生活会 done late after its escalation was approved, a 政治生态分析研判 left overdue, the
 * 述责述廉 still open — gives a ledger whose counts equal the duties; the Excel, the PDF and the 述责述廉 draft say
 * the same; a stranger gets 404.
 */
describe('履责记实台账 and the 述责述廉 draft (Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let m: ApiClient;
  let mj: ApiClient;
  let b: ApiClient;
  let year: number;
  const duty = {} as Record<'talkA' | 'talkB' | 'meeting' | 'ecology' | 'statement', string>;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'ledger', { pack: 'anhui-2022' });
    [m, mj, b] = await Promise.all([sut.as(tree.people.m.id), sut.as(tree.people.mj.id), sut.as(tree.people.b.id)]);
    const inADay = new Date(Date.now() + 86_400_000).toISOString();
    const talks = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: inADay, policy: QUIET });
    expect(talks.status).toBe(201);
    duty.talkA = talks.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id).id;
    duty.talkB = talks.body.duties.find((d: any) => d.counterpart.id === tree.people.b.id).id;
    year = Number(talks.body.duties[0].dueDate.slice(0, 4));
    const one = async (templateId: string, dueAt: string, policy: Record<string, unknown>) => {
      const res = await issueOverHttp(sut.api, tree.orgs.mid, { templateId, dueAt, policy: { ...QUIET, ...policy } });
      expect({ templateId, status: res.status }).toEqual({ templateId, status: 201 });
      return res.body.duties[0].id as string;
    };
    duty.statement = await one('accountability-statement', inADay, {});
    duty.meeting = await one('democratic-life-meeting', new Date(Date.now() + 2_000).toISOString(), { gracePeriod: 'PT1S', approvalTimeout: 'PT10M' });
    duty.ecology = await one('political-ecology', new Date(Date.now() + 2_000).toISOString(), { gracePeriod: 'P30D' });

    // Done on time, with the talk record as evidence.
    expect((await upload(m, duty.talkA, '谈话记录.pdf', PDF)).status).toBe(201);
    expect((await m.post(`/duties/${duty.talkA}/completion`, { heldOn: calendarDate(new Date()), note: '与甲区委书记开展年度监督谈话' })).status).toBe(200);

    // Extended on request, then done.
    const asked = await m.post(`/duties/${duty.talkB}/extension-requests`, { newDueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), reason: '谈话对象在外培训' });
    expect(asked.status).toBe(201);
    expect((await mj.post(`/extension-requests/${asked.body.id}/decision`, { decision: 'grant' })).status).toBe(200);
    await eventually(async () => ((await m.get(`/duties/${duty.talkB}/history`)).body.some((e: any) => e.type === 'extended') ? true : undefined));
    expect((await m.post(`/duties/${duty.talkB}/completion`, { heldOn: calendarDate(new Date()), note: '与乙县委书记谈话' })).status).toBe(200);

    // Slipped: the escalation is approved, then it is done late.
    const proposal = await eventually(async () => (await mj.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`)).body.find((p: any) => p.dutyId === duty.meeting));
    const decided = await mj.post(`/escalations/${proposal.id}/decision`, { decision: 'approve', reason: '逾期未召开，报上级' });
    expect([decided.status, decided.body.message]).toEqual([200, undefined]);
    await eventually(async () => ((await m.get(`/duties/${duty.meeting}`)).body.status === 'escalated' ? true : undefined));
    expect((await upload(m, duty.meeting, '民主生活会会议记录.pdf', PDF)).status).toBe(201);
    expect((await m.post(`/duties/${duty.meeting}/completion`, { heldOn: calendarDate(new Date()), note: '召开年度民主生活会' })).status).toBe(200);

    // Left overdue.
    await eventually(async () => ((await m.get(`/duties/${duty.ecology}`)).body.status === 'overdue' ? true : undefined));
  });
  afterAll(() => sut.stop());

  it('the JSON ledger has a row per duty owed in the year, and counts that equal the rows', async () => {
    const res = await m.get(`/people/${tree.people.m.id}/ledger?year=${year}`);
    expect(res.status).toBe(200);
    const ledger = res.body;
    expect(ledger).toMatchObject({ subject: { kind: 'person', id: tree.people.m.id, name: '市委书记' }, year });
    expect(ledger.members).toHaveLength(1);
    expect(ledger.members[0].positions).toEqual(['中共某市委 一把手']);
    const rows = ledger.members[0].rows as any[];
    expect(rows.map((r) => r.dutyId).sort()).toEqual(Object.values(duty).sort());
    // The same duties as the duty list of the person and the year.
    const listed = await m.get(`/duties?personId=${tree.people.m.id}&dueFrom=${year}-01-01&dueTo=${year}-12-31&state=active&pageSize=200`);
    expect(listed.body.total).toBe(rows.length);

    expect(ledger.summary).toEqual({
      duties: 5,
      completed: 3,
      completedOnTime: 2,
      completedLate: 1,
      open: 2,
      openOverdue: 1,
      late: 2,
      withEvidence: 2,
      escalated: 1,
      escalations: 1,
      extended: 1,
      extensions: 1,
      returned: 0,
      returns: 0,
    });
    expect(ledger.members[0].summary).toEqual(ledger.summary);

    const row = (id: string) => rows.find((r) => r.dutyId === id);
    expect(row(duty.talkA)).toMatchObject({
      title: '监督谈话',
      counterpart: '中共甲区委 甲区委书记',
      citation: expect.stringContaining('第（三）条'),
      timeliness: 'on_time',
      done: { note: '与甲区委书记开展年度监督谈话', evidence: ['谈话记录.pdf'] },
    });
    expect(row(duty.talkB)).toMatchObject({ timeliness: 'on_time', extensions: [{ reason: '谈话对象在外培训' }] });
    expect(row(duty.meeting)).toMatchObject({ timeliness: 'late', late: true, escalations: [{ level: 1, how: 'approved', note: '逾期未召开，报上级', noticeNumber: expect.stringMatching(/^督办预警/) }] });
    expect(row(duty.ecology)).toMatchObject({ timeliness: 'overdue', late: true, done: null, statusLabel: '已逾期' });
    expect(row(duty.statement)).toMatchObject({ timeliness: 'open', late: false, returns: [] });
  });

  it('the organization’s team: each member with the positions held, the same counts', async () => {
    const res = await mj.get(`/organizations/${tree.orgs.mid}/ledger?year=${year}`);
    expect(res.status).toBe(200);
    expect(res.body.subject).toMatchObject({ kind: 'organization', name: '中共某市委' });
    expect(res.body.members.map((x: any) => x.person.name)).toEqual(['市委书记', '市纪委书记', '市委组织部长']);
    expect(res.body.members.map((x: any) => x.summary.duties)).toEqual([5, 0, 0]);
    expect(res.body.summary.duties).toBe(5);
  });

  it('the Excel file says what the JSON says, and prints', async () => {
    const json = (await m.get(`/people/${tree.people.m.id}/ledger?year=${year}`)).body;
    const file = await download(m, `/people/${tree.people.m.id}/ledger?year=${year}&format=xlsx`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.disposition).toContain(encodeURIComponent(`履责记实台账-市委书记-${year}.xlsx`));
    keepDocument('ledger', 'ledger.xlsx', file.body);
    const workbook = await readWorkbook(file.body);
    const sheet = workbook.getWorksheet('台账')!;
    expect(sheet.getCell('A1').value).toBe(`${year}年度履责记实台账`);
    expect(String(sheet.getCell('A2').value)).toContain('市委书记（中共某市委 一把手）');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '5:5' });
    const headers = (sheet.getRow(5).values as unknown[]).slice(1);
    expect(headers.slice(0, 7)).toEqual(['序号', '责任人', '事项', '出处', '对象', '截止日期', '状态']);
    const column = (name: string) => headers.indexOf(name) + 1;
    const rows = json.members[0].rows as any[];
    rows.forEach((r, i) => {
      const line = sheet.getRow(6 + i);
      expect({
        index: line.getCell(1).value,
        due: line.getCell(column('截止日期')).value,
        counterpart: line.getCell(column('对象')).value,
        status: line.getCell(column('状态')).value,
        timely: line.getCell(column('是否按期')).value,
      }).toEqual({ index: i + 1, due: r.dueDate, counterpart: r.counterpart ?? '', status: r.statusLabel, timely: r.timelinessLabel });
      expect(String(line.getCell(column('事项')).value)).toContain(r.title);
    });
    expect(sheet.getRow(6 + rows.length).getCell(1).value).toBeNull();
    const totals = workbook.getWorksheet('汇总')!;
    const labels = (totals.getRow(1).values as unknown[]).slice(3);
    const figures = (totals.getRow(2).values as unknown[]).slice(3);
    expect(Object.fromEntries(labels.map((l, i) => [l, figures[i]]))).toMatchObject({ 应履职事项: 5, 已完成: 3, 逾期完成: 1, 逾期未完成: 1, 被升级: 1, 经延期: 1, 被退回: 0 });
  });

  it('the PDF ledger parses and names the person, the year and the counts', async () => {
    const file = await download(mj, `/people/${tree.people.m.id}/ledger?year=${year}&format=pdf`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/pdf');
    keepDocument('ledger', 'ledger.pdf', file.body);
    const text = flat(await pdfText(file.body));
    expect(text).toContain(`${year}年度履责记实台账`);
    expect(text).toContain('市委书记（中共某市委一把手）');
    expect(text).toContain(flat('应履职事项 5 项，已完成 3 项，按期完成 2 项，逾期完成 1 项'));
    expect(text).toContain('谈话对象在外培训');
    expect(text).toContain('第1页/共');
    const team = await download(mj, `/organizations/${tree.orgs.mid}/ledger?year=${year}&format=pdf`);
    keepDocument('ledger', 'team-ledger.pdf', team.body);
    expect(flat(await pdfText(team.body))).toContain('中共某市委领导班子');
  });

  it('the 述责述廉 draft is a .docx filled from the ledger, which the leader uploads back as evidence', async () => {
    const file = await download(m, `/duties/${duty.statement}/statement-draft`);
    expect(file.status).toBe(200);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    keepDocument('ledger', 'statement-draft.docx', file.body);
    const text = await docxText(file.body);
    expect(text).toContain(`${year}年度述责述廉报告（初稿）`);
    expect(text).toContain('中共某市委　市委书记');
    // The other duties of the year: the report does not account for itself.
    expect(text).toContain('本年度应履行监督职责事项4项，已完成3项（按期完成2项，逾期完成1项），尚未完成1项（其中逾期1项）');
    expect(text).not.toContain('书面述责述廉：应履职');
    expect(text).toContain('监督谈话：应履职2项，已完成2项');
    expect(text).toContain('对象：中共甲区委 甲区委书记');
    expect(text).toContain('对象：中共乙县委 乙县委书记');
    expect(text).toContain('佐证材料：谈话记录.pdf');
    expect(text).toContain('理由：谈话对象在外培训');
    expect(text).toMatch(/第1级批准升级（预警函督办预警〔\d{4}〕第 \d+ 号），意见：逾期未召开，报上级/);
    // The sections 安徽 asks for, with their clauses; the rectifications of the register (none in this tree).
    expect(text).toContain('问题整改情况及真实性承诺');
    expect(text).toContain('《安徽省关于加强对“一把手”和领导班子监督的若干措施》第（十）条');
    expect(text).toContain('整改事项');
    expect(text).toContain('整改台账中没有本单位需要整改的问题');

    const uploaded = await upload(m, duty.statement, `${year}年度述责述廉报告.docx`, file.body);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // Not a 述责述廉 duty: no draft.
    expect((await m.get(`/duties/${duty.talkA}/statement-draft`)).body.code).toBe('NOT_A_STATEMENT');
  });

  it('a stranger learns nothing: 404 for the person, the organization and the draft', async () => {
    expect((await b.get(`/people/${tree.people.m.id}/ledger?year=${year}`)).status).toBe(404);
    expect((await b.get(`/organizations/${tree.orgs.mid}/ledger?year=${year}`)).status).toBe(404);
    expect((await download(b, `/people/${tree.people.m.id}/ledger?year=${year}&format=pdf`)).status).toBe(404);
    expect((await download(b, `/duties/${duty.statement}/statement-draft`)).status).toBe(404);
    // Bad years are refused with the field.
    expect((await m.get(`/people/${tree.people.m.id}/ledger?year=1999`)).body.details).toEqual([expect.objectContaining({ field: 'year' })]);
  });
});
