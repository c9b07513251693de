import { createActivities } from '@duban/activities';
import { calendarDate } from '@duban/domain';
import { SmtpDriver } from '@duban/notifications';
import { DutyEntity, RectificationEventEntity, RectificationNoticeEntity } from '@duban/persistence';
import { DateTime } from 'luxon';
import { Like } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../support/database';
import { approveNotice, insertRectification } from '../support/rectification-harness';
import { SmtpReceiver } from '../support/smtp-receiver';
import { buildTree, TreeFixture } from '../support/tree-fixture';

const ZONE = 'Asia/Shanghai';
const silent = { info: () => undefined, warn: () => undefined };
const noEventWorkflows = { startTenureClock: async () => undefined, endTenureClocks: async () => undefined, signalReassigned: async () => undefined };
const plus = (date: string, days: number) => DateTime.fromISO(date, { zone: ZONE }).plus({ days }).toISODate()!;
const noon = (date: string) => DateTime.fromISO(`${date}T12:00`, { zone: ZONE }).toUTC().toISO()!;

/** The follow-up's activity is retried by Temporal: run twice (even at once) at the same `now`, it issues, marks, proposes and sends nothing twice. */
describe('advanceRectification twice at the same now (Postgres, SMTP)', () => {
  let db: TestDatabase;
  let smtp: SmtpReceiver;
  let notifier: SmtpDriver;
  let tree: TreeFixture;
  let activities: ReturnType<typeof createActivities>;
  const started: string[] = [];

  beforeAll(async () => {
    [db, smtp] = await Promise.all([createTestDatabase(), new SmtpReceiver().start()]);
    notifier = new SmtpDriver({ host: '127.0.0.1', port: smtp.port, secure: false, from: '督办系统 <duban@test.local>' });
    const chases = { start: async (duties: DutyEntity[]) => void started.push(...duties.map((d) => d.periodKey)) };
    activities = createActivities({ dataSource: db.dataSource, notifier, timeZone: ZONE, publicUrl: 'http://duban.test', log: silent, chases, eventWorkflows: noEventWorkflows });
    tree = await buildTree(db.dataSource);
  });
  afterAll(async () => {
    await notifier.close();
    await Promise.all([smtp.stop(), db.drop()]);
  });

  it('issues each milestone once, marks late once, proposes and sends the notice once', async () => {
    const foundOn = calendarDate(new Date(), ZONE);
    const deadline = plus(foundOn, 40);
    const r = await insertRectification(db.dataSource, { organizationId: tree.subs[1].id, supervisingOrganizationId: tree.mid.id, source: 'audit', description: '公务用车管理不规范', foundOn, deadline, recordedBy: tree.mid.discipline.personId });
    const twice = async (date: string) => {
      const both = await Promise.all([activities.advanceRectification({ rectificationId: r.id, now: noon(date) }), activities.advanceRectification({ rectificationId: r.id, now: noon(date) })]);
      const again = await activities.advanceRectification({ rectificationId: r.id, now: noon(date) });
      expect(again).toEqual(both[1]);
      return again;
    };
    const keys = async () => (await db.dataSource.getRepository(DutyEntity).findBy({ periodKey: Like(`rect:${r.id}:%`) })).map((d) => d.periodKey.split(':').slice(2).join(':')).sort();
    const events = async (type: string) => db.dataSource.getRepository(RectificationEventEntity).countBy({ rectificationId: r.id, type });

    // Found: the plan, the first progress report and the report; the next look at the day after the deadline… or the next interval.
    const first = await twice(foundOn);
    expect(await keys()).toEqual(['plan', 'progress:1', 'report:0']);
    expect([...started].sort()).toEqual([`rect:${r.id}:plan`, `rect:${r.id}:progress:1`, `rect:${r.id}:report:0`]);
    expect(first).toMatchObject({ status: 'planning', done: false, skipped: [] });
    expect(await events('milestone_issued')).toBe(3);

    // The day after the deadline: late, and the admonition talk, once.
    await twice(plus(deadline, 1));
    expect(await events('late')).toBe(1);
    expect(await events('admonition_issued')).toBe(1);
    expect((await keys()).filter((k) => k === 'admonition')).toHaveLength(1);
    expect(started.filter((k) => k.endsWith(':admonition'))).toHaveLength(1);

    // A month after the talk was due: one notice proposed, one request to decide.
    const talkDue = plus(deadline, 16);
    const noticeOn = DateTime.fromISO(talkDue, { zone: ZONE }).plus({ months: 1, days: 1 }).toISODate()!;
    await twice(noticeOn);
    expect(await db.dataSource.getRepository(RectificationNoticeEntity).countBy({ rectificationId: r.id })).toBe(1);
    expect(await events('notice_proposed')).toBe(1);
    expect(smtp.to(tree.mid.discipline.email).filter((m) => m.subject.startsWith('【请审批】'))).toHaveLength(1);

    // Approved: sent to the listed organizations' 一把手 once.
    const number = await approveNotice(db.dataSource, r, [tree.subs[0].id], tree.mid.discipline.personId, new Date());
    await twice(plus(noticeOn, 1));
    await twice(plus(noticeOn, 2));
    expect(smtp.to(tree.subs[0].principal.email).filter((m) => m.subject.startsWith(`【整改通报】${number}`))).toHaveLength(1);
    expect(await events('notice_sent')).toBe(1);
    expect(await events('late')).toBe(1);
  });
});
