import { eventually } from '../support/eventually';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { ApiClient } from '../support/api-client';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * A policy change applied to open duties that moves the due date starts a new round of the chase; the
 * escalation proposal of the old round waited for a decision nobody could take any more (pending in the
 * database, 409 NOT_PENDING from the workflow, forever). It is withdrawn with the change now.
 */
describe('a policy change that moves the due date withdraws the pending escalation (Temporal dev server, Postgres)', () => {
  const sut = new SystemUnderTest();
  let tree: HttpTree;
  let mj: ApiClient;

  beforeAll(async () => {
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'repolicy', { pack: 'anhui-2022' });
    mj = await sut.as(tree.people.mj.id);
  });
  afterAll(() => sut.stop());

  it('withdraws the proposal of the old round, puts the duty back in its course, and answers a late decision as decided', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, {
      dueAt: new Date(Date.now() + 4_000).toISOString(),
      policy: { reminderOffsets: ['PT2S'], gracePeriod: 'PT2S', approvalTimeout: 'PT30M' },
    });
    expect(issued.status).toBe(201);
    const dutyIds: string[] = issued.body.duties.map((d: any) => d.id).sort();
    expect(dutyIds).toHaveLength(2);
    const pending = await eventually(async () => {
      const res = await sut.api.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`);
      return res.body.length === 2 ? (res.body as any[]) : undefined;
    });
    expect(pending.map((p) => p.duty.status)).toEqual(['escalation_proposed', 'escalation_proposed']);

    // The administrator applies the pack's due rule (end of the year) and its chase policy to the open duties.
    const changed = await sut.api.put(`/organizations/${tree.orgs.mid}/overrides/supervision-talk`, {
      fields: { reminderOffsets: ['P10D'] },
      reason: '按策略包的截止规则执行',
      applyToOpenDuties: true,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.openDutiesChanged).toBe(2);

    expect((await sut.api.get(`/escalations?status=pending&organizationId=${tree.orgs.mid}`)).body).toEqual([]);
    const all = (await sut.api.get(`/escalations?organizationId=${tree.orgs.mid}`)).body as any[];
    expect(all.map((p) => p.status)).toEqual(['withdrawn', 'withdrawn']);
    for (const id of dutyIds) {
      const duty = (await sut.api.get(`/duties/${id}`)).body;
      expect(duty.status).toBe(Date.parse(duty.dueAt) > Date.now() ? 'pending' : 'overdue');
      const change = duty.history.find((e: any) => e.type === 'policy_changed');
      expect(change.data.withdrawnProposalIds).toEqual([pending.find((p) => p.dutyId === id).id]);
    }

    // The running chase took the new date: a new round, with no proposal waiting.
    for (const id of dutyIds) {
      await eventually(async () => {
        const s = await sut.client.workflow.getHandle(`duty-${id}`).query<{ progress: { round: number; pending?: unknown } }, []>('chaseState');
        return s.progress.round === 1 && !s.progress.pending ? s : undefined;
      });
    }

    // A supervisor who still had the old proposal open is told it was decided, not left with a 409 it cannot get out of.
    const late = await mj.post(`/escalations/${pending[0].id}/decision`, { decision: 'approve' });
    expect([late.status, late.body.code]).toEqual([409, 'ALREADY_DECIDED']);
  });
});
