import { DutyEntity, OrganizationSettingsEntity } from '@duban/persistence';
import { manualDutiesWorkflow } from '@duban/workflows';
import { WorkflowFailedError } from '@temporalio/client';
import type { ApplicationFailure } from '@temporalio/common';
import { randomUUID } from 'node:crypto';
import { ChaseHarness, TASK_QUEUE } from '../support/chase-harness';
import { buildTree } from '../support/tree-fixture';

/**
 * A manual request issued on the worker side (`manual-duties-<id>`), on the time-skipping server with the real
 * activities, Postgres and SMTP: one issuer and one key with the cycles, so nothing is issued twice.
 */
describe('duties issued by hand', () => {
  const h = new ChaseHarness();
  beforeAll(() => h.start());
  afterAll(() => h.stop());

  const issue = (organizationId: string, templateId: string, dueAt: string) => {
    const requestId = randomUUID();
    return h.env.client.workflow.execute(manualDutiesWorkflow, {
      workflowId: `manual-duties-${requestId}`,
      taskQueue: TASK_QUEUE,
      args: [{ requestId, organizationId, templateId, dueAt }],
    });
  };

  it('issues one duty per counterpart the template names, starts their chases, and issues nothing twice', async () => {
    const tree = await buildTree(h.db.dataSource);
    await h.db.dataSource.getRepository(OrganizationSettingsEntity).save({ organizationId: tree.top.id, packId: 'anhui-2022' });
    const requestId = randomUUID();
    const handle = await h.env.client.workflow.start(manualDutiesWorkflow, {
      workflowId: `manual-duties-${requestId}`,
      taskQueue: TASK_QUEUE,
      args: [{ requestId, organizationId: tree.mid.id, templateId: 'supervision-talk', dueAt: '2027-06-30T00:00:00+08:00' }],
    });
    const first = await handle.result();
    await h.recordHistory('manual-duties-issued', handle.workflowId);
    expect(first.created).toBe(2);
    const duties = await h.db.dataSource.getRepository(DutyEntity).findBy({ organizationId: tree.mid.id, templateId: 'supervision-talk' });
    expect(duties.map((d) => [d.counterpartPersonId, d.periodKey, d.dueDate]).sort()).toEqual(
      tree.subs.map((s) => [s.principal.personId, '2027', '2027-06-29']).sort(),
    );
    for (const duty of duties) expect((await h.env.client.workflow.getHandle(duty.workflowId).describe()).status.name).toBe('RUNNING');

    // The same slot asked again (another due date in 2027): the same duties, none created.
    const again = await issue(tree.mid.id, 'supervision-talk', '2027-09-30T00:00:00+08:00');
    expect([again.created, [...again.dutyIds].sort()]).toEqual([0, duties.map((d) => d.id).sort()]);
  });

  it('a request that can never be issued fails once, naming why, instead of retrying', async () => {
    const tree = await buildTree(h.db.dataSource);
    const refused = issue(tree.mid.id, 'supervision-talk', '2027-06-30T00:00:00+08:00');
    await expect(refused).rejects.toBeInstanceOf(WorkflowFailedError);
    // WorkflowFailedError ← ActivityFailure ← ApplicationFailure (non-retryable, typed).
    const failure = (await refused.then(
      () => undefined,
      (error: WorkflowFailedError) => error.cause?.cause,
    )) as ApplicationFailure;
    expect([failure.type, failure.nonRetryable, failure.message]).toEqual(['ManualDutyRefused', true, expect.stringContaining('未选择策略包')]);
  });
});
