import { buildTreeOverHttp, HttpTree } from '../support/http-tree';
import { SystemUnderTest } from '../support/system-under-test';

/** Nothing is lost or sent twice when the worker goes away in the middle of the chases (real time, dev server). */
describe('a worker restart in the middle of the chases', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'restart');
  });
  afterAll(() => sut.stop());

  it('catches up on every step that fell due while no worker ran, each sent once', async () => {
    const started = Date.now();
    const enabled = await sut.api.post(`/organizations/${tree.orgs.mid}/obligations`, {
      obligationId: 'supervision-talk',
      dueAt: new Date(started + 14_000).toISOString(),
      reminderOffsets: ['PT10S', 'PT6S', 'PT2S'],
      gracePeriod: 'PT1H',
      acknowledgeReminderInterval: null,
    });
    expect(enabled.status).toBe(201);
    const reminders = () => sut.smtp.to(tree.people.m.email).filter((m) => m.subject.startsWith('【督办提醒】'));

    await sut.smtp.waitFor(() => reminders().length === 2);
    await sut.stopWorker();
    // The second and third reminders and the due date pass while no worker runs.
    await new Promise((r) => setTimeout(r, Math.max(0, started + 15_000 - Date.now())));
    expect(reminders()).toHaveLength(2);
    await sut.startWorker();

    await sut.smtp.waitFor(() => sut.smtp.to(tree.people.mj.email).filter((m) => m.subject.startsWith('【逾期通报】')).length === 2);
    await sut.smtp.waitFor(() => reminders().length === 6);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(reminders()).toHaveLength(6);
    for (const duty of enabled.body.duties) {
      const steps = (await sut.api.get(`/duties/${duty.id}/history`)).body.map((e: any) => e.type);
      expect(steps).toEqual(['created', 'reminded', 'reminded', 'reminded', 'overdue']);
    }
    const [{ sent, rows }] = await sut.db.dataSource.query('SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS sent, count(*)::int AS rows FROM notifications');
    expect({ sent, rows }).toEqual({ sent: sut.smtp.messages.length, rows: sut.smtp.messages.length });
  });
});
