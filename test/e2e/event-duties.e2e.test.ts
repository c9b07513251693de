import { calendarDate } from '@duban/domain';
import { OrganizationSettingsEntity } from '@duban/persistence';
import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** Duties started by events, over HTTP with the Temporal dev server, Postgres and SMTP, in real time. */
describe('duties started by events, end to end over HTTP', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'events');
    // 市委 follows the Changzhou list; its subordinates inherit it.
    await sut.db.dataSource.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.orgs.mid, packId: 'czu-2022' });
  });
  afterAll(() => sut.stop());

  it('records an appointment: the holder changes, the appointment talk appears with its citation, and completing it stops the chase', async () => {
    const today = calendarDate(new Date());
    const person = await sut.api.post('/people', { name: '甲区委新书记', email: 'a-new.events@e2e.duban.local' });
    const recorded = await sut.api.post('/appointments', { kind: 'appointment', personId: person.body.id, positionId: tree.positions['a:principal'], effectiveOn: today, documentNo: '市委〔2027〕1号' });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ kind: 'appointment', status: 'effective', organizationId: tree.orgs.a, documentNo: '市委〔2027〕1号', reminderLetter: null });

    const holder = await sut.api.get(`/organizations/${tree.orgs.a}/positions`);
    expect(holder.body.find((p: any) => p.id === tree.positions['a:principal']).holder.id).toBe(person.body.id);

    const [talk] = recorded.body.duties;
    expect(recorded.body.duties).toHaveLength(1);
    expect(talk).toMatchObject({ templateId: 'appointment-talk', title: '任职谈话', responsible: { id: tree.people.m.id }, counterpart: { id: person.body.id, organizationId: tree.orgs.a }, status: 'pending' });
    expect(talk.citation).toBe('《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》第 6 项');
    // The clause with the words that impose it, for the leader to read on the duty's page.
    expect(talk.citations).toEqual([{ document: '《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》', clause: '第 6 项', quote: expect.stringContaining('谈话') }]);
    // In the ordinary duty list, and chased: the responsible leader is asked to acknowledge it.
    const listed = await sut.api.get(`/duties?organizationId=${tree.orgs.mid}`);
    expect(listed.body.items.map((d: any) => d.id)).toContain(talk.id);
    await sut.smtp.waitFor((all) => all.some((m) => m.to.includes(tree.people.m.email) && m.subject.startsWith('【请签收】任职谈话')));

    // The responsible 一把手 records it, logged in as themself.
    const leader = await sut.as(tree.people.m.id);
    const done = await leader.post(`/duties/${talk.id}/completion`, { heldOn: today, note: '已开展任职谈话' });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    await eventually(async () => ((await sut.client.workflow.getHandle(talk.workflowId).describe()).status.name === 'COMPLETED' ? true : undefined));

    const listedAppointments = await sut.api.get(`/appointments?organizationId=${tree.orgs.a}`);
    expect(listedAppointments.body.map((a: any) => a.id)).toEqual([recorded.body.id]);
  });

  it('records an incident: the special admonition talk and the special democratic-life meeting appear; bad input is refused field by field', async () => {
    const bad = await sut.api.post(`/organizations/${tree.orgs.b}/incidents`, { kind: 'flood', occurredOn: '2027-13-01', description: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: any) => d.field).sort()).toEqual(['description', 'kind', 'occurredOn']);
    const unnamed = await sut.api.post(`/organizations/${tree.orgs.b}/incidents`, { kind: 'early_warning_signs', occurredOn: calendarDate(new Date()), description: '苗头性问题' });
    expect(unnamed.body).toMatchObject({ statusCode: 400, details: [{ field: 'personId' }] });

    const incident = await sut.api.post(`/organizations/${tree.orgs.b}/incidents`, { kind: 'serious_case', occurredOn: calendarDate(new Date()), description: '乙县某局长严重违纪违法' });
    expect(incident.status).toBe(201);
    expect(incident.body.kindLabel).toBe('严重违纪违法案件或严重“四风”问题');
    const byTemplate = Object.fromEntries(incident.body.duties.map((d: any) => [d.templateId, d]));
    expect(Object.keys(byTemplate).sort()).toEqual(['special-admonition', 'special-democratic-life-meeting', 'urge-special-dlm']);
    expect(byTemplate['special-admonition']).toMatchObject({ responsible: { id: tree.people.m.id }, counterpart: { id: tree.people.b.id } });
    expect(byTemplate['special-democratic-life-meeting']).toMatchObject({ responsible: { id: tree.people.b.id }, counterpart: null });
    expect(byTemplate['urge-special-dlm'].responsible.id).toBe(tree.people.mz.id);
    expect((await sut.api.get(`/incidents/${incident.body.id}`)).body.duties).toHaveLength(3);
  });

  it('records a change in the division of work: the filing duty where the pack names one, none where it does not', async () => {
    const change = await sut.api.post(`/organizations/${tree.orgs.mid}/division-changes`, { changedOn: calendarDate(new Date()), description: '调整班子成员分工' });
    expect(change.status).toBe(201);
    // The Changzhou list has no 分工报备 duty; under Anhui (set on 乙县委 itself) there is one.
    expect(change.body.duties).toEqual([]);
    await sut.db.dataSource.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.orgs.b, packId: 'anhui-2022' });
    const filed = await sut.api.post(`/organizations/${tree.orgs.b}/division-changes`, { changedOn: calendarDate(new Date()), description: '调整班子成员分工' });
    expect(filed.body.duties.map((d: any) => [d.templateId, d.responsible.id])).toEqual([['work-division-filing', tree.people.b.id]]);
    expect(filed.body.duties[0].citation).toContain('第（十三）条');
  });
});
