import { ChasePolicy } from '@duban/domain';
import {
  chaseStateQuery,
  decideEscalationUpdate,
  dutyAcknowledgedSignal,
  dutyCancelledSignal,
  DutyChaseInput,
  dutyCompletedSignal,
  dutyPolicyChangedSignal,
  dutyReassignedSignal,
  extensionRequestSignal,
  grantExtensionUpdate,
} from '@duban/contracts';
import { dutyChaseWorkflow } from '@duban/workflows';
import { WorkflowFailedError, WorkflowHandleWithFirstExecutionRunId, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { eventually } from '../support/eventually';
import { forwardingActivities, mockChaseActivities, timeline } from '../support/mock-chase-activities';
import { bundleChaseWorkflows } from '../support/test-worker';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** No acknowledgement requests, no overdue reminders: each test turns on what it looks at. */
const base: ChasePolicy = { reminderOffsets: ['P7D', 'P1D'], gracePeriod: 'P15D', approvalTimeout: 'P7D', overdueReminderInterval: null, acknowledgeReminderInterval: null };
const CLOSED = { open: false };

/**
 * Every branch of the duty chase, fast: the workflow on the time-skipping server with hand-written mock
 * activities that record each call (the integration tests beside this file run the same workflow with the real
 * activities, Postgres and SMTP). Each test starts a chase due 10 days on and reads the calls back as a timeline
 * in hours from the due date; a mock that answers `{ open: false }` (the duty was closed) ends the chase there.
 */
describe('duty chase branches, fast (time-skipping server, mocked activities)', () => {
  const taskQueue = 'duty-chase-branches';
  let env: TestWorkflowEnvironment;
  let worker: Worker;
  let running: Promise<void>;
  /** The mocks of the test under way; the one worker hands every activity call to them. */
  let current: Mocks | null = null;
  let chases = 0;

  beforeAll(async () => {
    const path = process.env.DUBAN_TEST_SERVER_PATH;
    if (!path) throw new Error('DUBAN_TEST_SERVER_PATH 未设置：需经 jest 的 global setup 准备时间跳跃测试服务器');
    const [started, workflowBundle] = await Promise.all([TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } }), bundleChaseWorkflows()]);
    env = started;
    const activities = forwardingActivities(() => {
      if (!current) throw new Error('没有正在运行的测试却调用了活动');
      return current.activities;
    });
    worker = await Worker.create({ connection: env.nativeConnection, namespace: env.namespace ?? 'default', taskQueue, workflowBundle, activities });
    running = worker.run();
  });
  afterAll(async () => {
    if (worker) {
      worker.shutdown();
      await running;
    }
    await env?.teardown();
  });

  type Mocks = ReturnType<typeof mockChaseActivities>;
  type Chase = WorkflowHandleWithFirstExecutionRunId<typeof dutyChaseWorkflow>;

  /**
   * Runs one chase over `mocks`, due 10 days from now; `body` drives it. A chase the body left running is
   * terminated afterwards: the workflow clock is shared by every test of the file.
   */
  async function chase(mocks: Mocks, options: { policy?: ChasePolicy; input?: Partial<DutyChaseInput> }, body: (handle: Chase, due: number, dutyId: string) => Promise<void>): Promise<void> {
    current = mocks;
    const due = (await env.currentTimeMs()) + 10 * DAY;
    const dutyId = `branch-${++chases}`;
    const handle = await env.client.workflow.start(dutyChaseWorkflow, {
      workflowId: `duty-${dutyId}`,
      taskQueue,
      args: [{ dutyId, dueAt: new Date(due).toISOString(), policy: options.policy ?? base, timeZone: 'Asia/Shanghai', ...options.input }],
    });
    try {
      await body(handle, due, dutyId);
    } finally {
      if ((await handle.describe()).status.name === 'RUNNING') await handle.terminate('测试结束');
      current = null;
    }
  }

  /** Moves the workflow clock to `at` (timers due meanwhile fire; activities run in real time). */
  const skipTo = async (at: number) => env.sleep(Math.max(0, at - (await env.currentTimeMs())));
  /** Waits (real time) until `condition` holds: a mocked activity was called, a query answers so. */
  const until = (condition: () => boolean | Promise<boolean>) => eventually(async () => ((await condition()) ? true : undefined), { timeoutMs: 10_000, intervalMs: 20 });
  const pendingProposal = async (handle: Chase) => (await handle.query(chaseStateQuery)).progress.pending?.proposalId;
  const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

  it('reminds at each offset before the due date (one already past goes at once), then gives the due notice', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P30D', 'P7D', 'P1D'] } }, async (handle, due, dutyId) => {
      await expect(handle.result()).resolves.toEqual({ dutyId, closedBy: 'completed' });
      expect(timeline(mocks.calls, due)).toEqual(['sendReminder reminder:P30D @-240h', 'sendReminder reminder:P7D @-168h', 'sendReminder reminder:P1D @-24h', 'markOverdue r0 @0h']);
      // Each reminder carries its own moment, which words it ("还有 7 天").
      expect(mocks.of('sendReminder').slice(1).map((c) => Date.parse(c.input.at) - due)).toEqual([-7 * DAY, -DAY]);
    });
  });

  it('on the due date gives the due notice once, then waits out the grace period before proposing the first level', async () => {
    const mocks = mockChaseActivities({ proposeEscalation: () => ({ open: false, proposalId: null }) });
    await chase(mocks, { policy: { ...base, reminderOffsets: [] } }, async (handle, due, dutyId) => {
      await expect(handle.result()).resolves.toMatchObject({ closedBy: 'completed' });
      expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'proposeEscalation r0 l1 @360h']);
      expect(mocks.of('proposeEscalation')[0].input).toEqual({
        dutyId,
        round: 0,
        level: 1,
        decidesBy: new Date(due + 22 * DAY).toISOString(),
        notify: ['parent:principal', 'parent:discipline_secretary'],
      });
    });
  });

  it('reminds every interval after the due date, counting the reminders', async () => {
    const mocks = mockChaseActivities({ sendReminder: ({ stepKey }) => (stepKey === 'overdue-reminder:3' ? CLOSED : { open: true }) });
    await chase(mocks, { policy: { ...base, reminderOffsets: [], overdueReminderInterval: 'P7D', gracePeriod: 'P60D' } }, async (handle, due) => {
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'sendReminder overdue-reminder:1 @168h', 'sendReminder overdue-reminder:2 @336h', 'sendReminder overdue-reminder:3 @504h']);
      expect(mocks.of('sendReminder').map((c) => (Date.parse(c.input.at) - due) / DAY)).toEqual([7, 14, 21]);
    });
  });

  it('started again after its completion was returned: tells the leader first, then chases the new date as a round of its own', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P1D'], acknowledgeReminderInterval: 'P3D' }, input: { reopened: { returnSeq: 2 } } }, async (handle, due, dutyId) => {
      await expect(handle.result()).resolves.toEqual({ dutyId, closedBy: 'completed' });
      // The mock answers round 20 for the second return; the leader completed it once, so no 签收 requests.
      expect(timeline(mocks.calls, due)).toEqual(['reopenChase returned:2 @-240h', 'sendReminder r20:reminder:P1D @-24h', 'markOverdue r20 @0h']);
      expect(mocks.of('reopenChase')[0].input).toEqual({ dutyId, returnSeq: 2 });
    });
  });

  it('started again for a return that did not happen (rolled back, or the duty moved on): ends at once, having told nobody', async () => {
    const mocks = mockChaseActivities({ reopenChase: () => ({ open: false, round: 0, acknowledged: false }) });
    await chase(mocks, { input: { reopened: { returnSeq: 1 } } }, async (handle, due, dutyId) => {
      await expect(handle.result()).resolves.toEqual({ dutyId, closedBy: 'completed' });
      expect(timeline(mocks.calls, due)).toEqual(['reopenChase returned:1 @-240h']);
    });
  });

  it('asks for acknowledgement every interval until 签收; the request already planned still runs, none after it', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: [], acknowledgeReminderInterval: 'P3D' } }, async (handle, due) => {
      await skipTo(due - 10 * DAY + 4 * DAY);
      await until(() => mocks.of('requestAcknowledgement').length === 2);
      await handle.signal(dutyAcknowledgedSignal);
      await until(async () => (await handle.query(chaseStateQuery)).progress.acknowledged);
      await handle.result();
      // The 签收 signal does not wake the workflow: the step it was waiting for (-96h) still runs, and the real
      // activity finds the duty acknowledged and sends nothing. The one after it (-24h) is never planned.
      expect(timeline(mocks.calls, due)).toEqual([
        'requestAcknowledgement acknowledge:0 @-240h',
        'requestAcknowledgement acknowledge:1 @-168h',
        'requestAcknowledgement acknowledge:2 @-96h',
        'markOverdue r0 @0h',
      ]);
    });
  });

  describe('a proposed escalation', () => {
    const quiet = { ...base, reminderOffsets: [] };
    /** The second level is proposed 45 days after the due date; answering it closed ends the chase. */
    const endAtLevel2 = () => mockChaseActivities({ proposeEscalation: ({ round, level }) => ({ open: level < 2, proposalId: level < 2 ? `p-r${round}-l${level}` : null }) });

    /** To 1 hour after the first level was proposed (15 days after the due date), with the proposal pending. */
    async function toPendingProposal(handle: Chase, due: number) {
      await skipTo(due + 15 * DAY + HOUR);
      await until(async () => (await pendingProposal(handle)) === 'p-r0-l1');
    }

    it('approved: the decision is carried out and returned; a second decision is refused; the next level follows', async () => {
      const mocks = endAtLevel2();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        await toPendingProposal(handle, due);
        const outcome = await handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: 'supervisor', note: '同意上报', proposalId: 'p-r0-l1' }] });
        expect(outcome).toEqual({ proposalId: 'p-r0-l1', status: 'approved', notified: 2, noticeNumber: '预警-p-r0-l1' });
        const again = failureOf(handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'reject', actorPersonId: 'supervisor', reason: '再议', proposalId: 'p-r0-l1' }] }));
        expect(await again).toBeInstanceOf(WorkflowUpdateFailedError);
        expect(await again).toMatchObject({ cause: { type: 'AlreadyDecided' } });
        await handle.result();
        expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'proposeEscalation r0 l1 @360h', 'applyDecision approve p-r0-l1 @361h', 'proposeEscalation r0 l2 @1080h']);
        expect(mocks.of('applyDecision')[0].input.decision).toEqual({ kind: 'approve', actorPersonId: 'supervisor', note: '同意上报' });
        expect(mocks.of('proposeEscalation')[1].input.notify).toEqual(['grandparent:principal', 'grandparent:discipline_secretary']);
      });
    });

    it('rejected: the reason goes to the activity, nothing else happens until the next level', async () => {
      const mocks = endAtLevel2();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        await toPendingProposal(handle, due);
        const outcome = await handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'reject', actorPersonId: 'supervisor', reason: '已当面督促', proposalId: 'p-r0-l1' }] });
        expect(outcome).toEqual({ proposalId: 'p-r0-l1', status: 'rejected', notified: 0 });
        await handle.result();
        expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'proposeEscalation r0 l1 @360h', 'applyDecision reject p-r0-l1 @361h', 'proposeEscalation r0 l2 @1080h']);
        expect(mocks.of('applyDecision')[0].input.decision).toEqual({ kind: 'reject', actorPersonId: 'supervisor', reason: '已当面督促' });
      });
    });

    it('timed out: unanswered by its deadline, it goes out on its own; a late decision is refused', async () => {
      const mocks = endAtLevel2();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        await skipTo(due + 22 * DAY + HOUR);
        await until(() => mocks.of('applyDecision').length === 1);
        const late = failureOf(handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: 'supervisor', proposalId: 'p-r0-l1' }] }));
        expect(await late).toMatchObject({ cause: { type: 'AlreadyDecided' } });
        await handle.result();
        expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'proposeEscalation r0 l1 @360h', 'applyDecision timeout p-r0-l1 @528h', 'proposeEscalation r0 l2 @1080h']);
      });
    });

    it('a new deadline: the duty starts a new round — its own reminders, due notice and ladder', async () => {
      const mocks = mockChaseActivities({ markOverdue: ({ round }) => (round === 1 ? CLOSED : { open: true }) });
      await chase(mocks, { policy: { ...base, reminderOffsets: ['P7D'] } }, async (handle, due) => {
        await toPendingProposal(handle, due);
        const newDueAt = new Date(due + 30 * DAY).toISOString();
        const outcome = await handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'extend', actorPersonId: 'supervisor', newDueAt, reason: '谈话对象外出学习', proposalId: 'p-r0-l1' }] });
        expect(outcome).toMatchObject({ status: 'extended', newDueAt });
        await handle.result();
        expect(timeline(mocks.calls, due)).toEqual([
          'sendReminder reminder:P7D @-168h',
          'markOverdue r0 @0h',
          'proposeEscalation r0 l1 @360h',
          'applyDecision extend p-r0-l1 @361h',
          'sendReminder r1:reminder:P7D @552h',
          'markOverdue r1 @720h',
        ]);
      });
    });

    it('a completion while the proposal waits withdraws it and ends the chase', async () => {
      const mocks = mockChaseActivities();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        await toPendingProposal(handle, due);
        await handle.signal(dutyCompletedSignal);
        await expect(handle.result()).resolves.toMatchObject({ closedBy: 'completed' });
        expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'proposeEscalation r0 l1 @360h', 'withdrawProposal p-r0-l1 @361h']);
      });
    });

    it('a cancellation while the proposal waits withdraws it too, and says cancelled', async () => {
      const mocks = mockChaseActivities();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        await toPendingProposal(handle, due);
        await handle.signal(dutyCancelledSignal, { reason: '组织撤销' });
        await expect(handle.result()).resolves.toMatchObject({ closedBy: 'cancelled' });
        expect(mocks.calls.map((c) => c.name)).toEqual(['markOverdue', 'proposeEscalation', 'withdrawProposal']);
      });
    });

    it('refuses a decision when nothing is pending, or for another proposal', async () => {
      const mocks = mockChaseActivities();
      await chase(mocks, { policy: quiet }, async (handle, due) => {
        const early = failureOf(handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: 'supervisor', proposalId: 'p-r0-l1' }] }));
        expect(await early).toMatchObject({ cause: { type: 'NoPendingProposal' } });
        await toPendingProposal(handle, due);
        const other = failureOf(handle.executeUpdate(decideEscalationUpdate, { args: [{ kind: 'approve', actorPersonId: 'supervisor', proposalId: 'p-old' }] }));
        expect(await other).toMatchObject({ cause: { type: 'ProposalMismatch' } });
        expect(mocks.of('applyDecision')).toHaveLength(0);
      });
    });
  });

  it('a level that needs no approval goes out directly to its audience; the next level is proposed', async () => {
    const escalation = [
      { after: 'P3D', notify: ['stationed_group' as const], requiresApproval: false },
      { after: 'P10D', notify: ['parent:principal' as const], requiresApproval: true },
    ];
    const mocks = mockChaseActivities({ proposeEscalation: () => ({ open: false, proposalId: null }) });
    await chase(mocks, { policy: { ...base, reminderOffsets: [], escalation } }, async (handle, due, dutyId) => {
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['markOverdue r0 @0h', 'escalateDirectly r0 l1 @72h', 'proposeEscalation r0 l2 @240h']);
      expect(mocks.of('escalateDirectly')[0].input).toEqual({ dutyId, round: 0, level: 1, notify: ['stationed_group'] });
    });
  });

  it('an extension granted while a proposal waits: withdrawn, new date applied and returned, the ladder starts again; the same grant twice is refused', async () => {
    const mocks = mockChaseActivities({ markOverdue: ({ round }) => (round === 1 ? CLOSED : { open: true }) });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P7D'] } }, async (handle, due, dutyId) => {
      await skipTo(due + 15 * DAY + HOUR);
      await until(async () => (await pendingProposal(handle)) === 'p-r0-l1');
      const past = failureOf(handle.executeUpdate(grantExtensionUpdate, { args: [{ requestId: 'x0', newDueAt: new Date(due).toISOString(), actorPersonId: 'supervisor', reason: null }] }));
      expect(await past).toMatchObject({ cause: { type: 'DueDateInPast' } });

      const newDueAt = new Date(due + 30 * DAY).toISOString();
      const grant = { requestId: 'x1', newDueAt, actorPersonId: 'supervisor', reason: '同意' };
      await expect(handle.executeUpdate(grantExtensionUpdate, { args: [grant] })).resolves.toEqual({ dueAt: newDueAt, round: 1 });
      const twice = failureOf(handle.executeUpdate(grantExtensionUpdate, { args: [grant] }));
      expect(await twice).toMatchObject({ cause: { type: 'AlreadyDecided' } });
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual([
        'sendReminder reminder:P7D @-168h',
        'markOverdue r0 @0h',
        'proposeEscalation r0 l1 @360h',
        'withdrawProposal p-r0-l1 @361h',
        'applyNewDueDate x1 @361h',
        'sendReminder r1:reminder:P7D @552h',
        'markOverdue r1 @720h',
      ]);
      expect(mocks.of('applyNewDueDate')[0].input).toEqual({ dutyId, ...grant });
    });
  });

  it('an extension requested, then refused: both are told, and the chase keeps its date', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P7D'] } }, async (handle, due) => {
      await handle.signal(extensionRequestSignal, { requestId: 'x2', event: 'requested' });
      await until(() => mocks.of('notifyExtensionRequest').length === 1);
      await handle.signal(extensionRequestSignal, { requestId: 'x2', event: 'refused' });
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['notifyExtensionRequest x2 requested @-240h', 'notifyExtensionRequest x2 refused @-240h', 'sendReminder reminder:P7D @-168h', 'markOverdue r0 @0h']);
    });
  });

  it('a new holder is told once per reassignment, and the chase goes on', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P1D'] } }, async (handle, due, dutyId) => {
      await handle.signal(dutyReassignedSignal, { personId: 'successor', seq: 3 });
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['notifyReassignment reassigned:3 @-240h', 'sendReminder reminder:P1D @-24h', 'markOverdue r0 @0h']);
      expect(mocks.of('notifyReassignment')[0].input).toEqual({ dutyId, stepKey: 'reassigned:3', personId: 'successor' });
    });
  });

  it('a policy change takes effect at once: the new reminders and the new ladder, same due date', async () => {
    const mocks = mockChaseActivities({ escalateDirectly: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P7D'] } }, async (handle, due) => {
      const policy: ChasePolicy = { ...base, reminderOffsets: ['P5D', 'P2D'], escalation: [{ after: 'P1D', notify: ['stationed_group'], requiresApproval: false }] };
      await handle.signal(dutyPolicyChangedSignal, { policy, dueAt: new Date(due).toISOString() });
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['sendReminder reminder:P5D @-120h', 'sendReminder reminder:P2D @-48h', 'markOverdue r0 @0h', 'escalateDirectly r0 l1 @24h']);
    });
  });

  it('a policy change that moves the due date starts a new round for the new date', async () => {
    const mocks = mockChaseActivities({ escalateDirectly: () => CLOSED });
    await chase(mocks, { policy: base }, async (handle, due) => {
      const policy: ChasePolicy = { ...base, reminderOffsets: ['P2D'], escalation: [{ after: 'P1D', notify: ['stationed_group'], requiresApproval: false }] };
      await handle.signal(dutyPolicyChangedSignal, { policy, dueAt: new Date(due + 5 * DAY).toISOString() });
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual(['sendReminder r1:reminder:P2D @72h', 'markOverdue r1 @120h', 'escalateDirectly r1 l1 @144h']);
    });
  });

  it('continues as new every few steps without losing or repeating one', async () => {
    const mocks = mockChaseActivities({ markOverdue: () => CLOSED });
    await chase(mocks, { policy: { ...base, reminderOffsets: ['P9D', 'P7D', 'P5D', 'P3D', 'P1D'] }, input: { stepsPerRun: 2 } }, async (handle, due) => {
      await handle.result();
      expect(timeline(mocks.calls, due)).toEqual([
        'sendReminder reminder:P9D @-216h',
        'sendReminder reminder:P7D @-168h',
        'sendReminder reminder:P5D @-120h',
        'sendReminder reminder:P3D @-72h',
        'sendReminder reminder:P1D @-24h',
        'markOverdue r0 @0h',
      ]);
      // Two steps a run: three runs, each continuing where the last stopped.
      const runs = [...new Set(mocks.calls.map((c) => c.runId))];
      expect(runs).toHaveLength(3);
      expect(runs[0]).toBe(handle.firstExecutionRunId);
      const first = await env.client.workflow.getHandle(handle.workflowId, runs[0]).fetchHistory();
      expect(first.events!.at(-1)!.eventType).toBe(temporal.api.enums.v1.EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    });
  });

  it('a failure that can never succeed (DutyNotFound) is tried once and stops the chase; a passing one is retried', async () => {
    const mocks = mockChaseActivities({
      sendReminder: ({ stepKey }, { attempt }) => {
        if (stepKey === 'reminder:P7D' && attempt === 1) throw new Error('connect ECONNREFUSED');
        if (stepKey === 'reminder:P1D') throw ApplicationFailure.nonRetryable('事项不存在', 'DutyNotFound');
        return { open: true };
      },
    });
    await chase(mocks, {}, async (handle) => {
      const failure = await failureOf(handle.result());
      expect(failure).toBeInstanceOf(WorkflowFailedError);
      expect(failure).toMatchObject({ cause: { activityType: 'sendReminder', cause: { type: 'DutyNotFound', nonRetryable: true } } });
      expect(mocks.of('sendReminder').map((c) => `${c.input.stepKey} attempt ${c.attempt}`)).toEqual(['reminder:P7D attempt 1', 'reminder:P7D attempt 2', 'reminder:P1D attempt 1']);
      expect(mocks.calls.map((c) => c.name)).toEqual(['sendReminder', 'sendReminder', 'sendReminder']);
      expect((await handle.describe()).status.name).toBe('FAILED');
    });
  });
});
