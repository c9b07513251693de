import {
  AppointmentInput,
  AppointmentWorkflow,
  appointmentWorkflowId,
  appointmentWorkflowType,
  cycleSettingsChangedSignal,
  CycleState,
  cycleStateQuery,
  cycleWorkflowId,
  DutyChaseInput,
  dutyCompletedSignal,
  DutyChaseWorkflow,
  dutyChaseWorkflowType,
  ManualDutiesInput,
  RectificationInput,
  rectificationChangedSignal,
  RectificationWorkflow,
  rectificationWorkflowId,
  rectificationWorkflowType,
  ManualDutiesWorkflow,
  manualDutiesWorkflowId,
  EventDutiesInput,
  EventDutiesWorkflow,
  eventDutiesWorkflowId,
  eventDutiesWorkflowType,
  manualDutiesWorkflowType,
  OrganizationCycleWorkflow,
  organizationCycleWorkflowType,
  TenureClockInput,
  TenureClockWorkflow,
  tenureClockWorkflowType,
  tenureWorkflowId,
} from '@duban/contracts';
import type { ChasePolicy } from '@duban/domain';
import { Client, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateStage } from '@temporalio/client';
import type { SignalDefinition, UpdateDefinition } from '@temporalio/common';

/** What starting a duty's chase needs of the duty (a `DutyEntity` is one). */
export interface ChaseToStart {
  id: string;
  workflowId: string;
  dueAt: Date;
  periodStart: Date | null;
  policy: ChasePolicy;
  templateId: string;
  organizationId: string;
}

/**
 * The one typed Temporal client of duban, for the API and the activities: every workflow is started by its
 * contract's type (arguments checked against the workflow's signature), every signal, update and query by its
 * contract's definition, every workflow id from the contract's id function.
 */
export class DubanWorkflowClient {
  private readonly stopping = new AbortController();
  private readonly background = new Set<Promise<unknown>>();

  constructor(
    readonly client: Client,
    private readonly taskQueue: string,
    private readonly timeZone: string,
  ) {}

  /**
   * Runs `fn` (a workflow's result or an update's outcome that the caller may stop waiting for) with its calls
   * cancelled by `stop()`. A call still polling when the connection closes is retried by the gRPC layer on the
   * closed channel, which throws from a timer; cancelled first, it ends.
   */
  untilStopped<T>(fn: () => Promise<T>): Promise<T> {
    const running = this.client.connection.withAbortSignal(this.stopping.signal, fn);
    const settled = running.then(
      () => undefined,
      () => undefined,
    );
    this.background.add(settled);
    void settled.then(() => this.background.delete(settled));
    return running;
  }

  /** Cancels what `untilStopped` runs and waits (briefly) for it to end: before the connection is closed. */
  async stop(graceMs = 2_000): Promise<void> {
    this.stopping.abort();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(this.background), new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
  }

  /** Starts `duty-<id>`; one already started is left alone (a retry starts nothing twice). */
  async startChase(duty: ChaseToStart): Promise<void> {
    const input: DutyChaseInput = {
      dutyId: duty.id,
      dueAt: duty.dueAt.toISOString(),
      policy: duty.policy,
      timeZone: this.timeZone,
      ...(duty.periodStart ? { periodStart: duty.periodStart.toISOString() } : {}),
    };
    await this.startOnce(() =>
      this.client.workflow.start<DutyChaseWorkflow>(dutyChaseWorkflowType.name, {
        workflowId: duty.workflowId,
        taskQueue: this.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        memo: { templateId: duty.templateId, organizationId: duty.organizationId },
      }),
    );
  }

  /**
   * Starts `duty-<id>` again after the supervising body returned its completion (the `returnSeq`-th return): a new
   * run of the same workflow id, allowed because the run that closed on completion is closed (`ALLOW_DUPLICATE`
   * governs only closed runs; an open run with the id still refuses the start). The run tells the leader and
   * chases the new due date. Call `closeStaleChase` first.
   */
  async restartChase(duty: ChaseToStart, returnSeq: number): Promise<void> {
    const input: DutyChaseInput = {
      dutyId: duty.id,
      dueAt: duty.dueAt.toISOString(),
      policy: duty.policy,
      timeZone: this.timeZone,
      reopened: { returnSeq },
      ...(duty.periodStart ? { periodStart: duty.periodStart.toISOString() } : {}),
    };
    await this.client.workflow.start<DutyChaseWorkflow>(dutyChaseWorkflowType.name, {
      workflowId: duty.workflowId,
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      memo: { templateId: duty.templateId, organizationId: duty.organizationId, returnSeq },
    });
  }

  /**
   * Before a restart: a run of `duty-<id>` still open (the one that is closing on completion, or one that never
   * heard of it) is told the duty is completed and awaited, so the new run can start. Nothing when none is open.
   */
  async closeStaleChase(workflowId: string, waitMs: number): Promise<void> {
    const handle = this.client.workflow.getHandle(workflowId);
    try {
      const { status } = await handle.describe();
      if (status.name !== 'RUNNING') return;
      await handle.signal(dutyCompletedSignal);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`督办流程 ${workflowId} 未能在 ${waitMs} 毫秒内结束`)), waitMs)));
    try {
      await Promise.race([this.untilStopped(() => handle.result()), timeout]);
    } catch (error) {
      // A run that ended any other way (failed, terminated) is closed all the same.
      if (!(await handle.describe().then((d) => d.status.name !== 'RUNNING'))) throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Starts `cycle-<organization id>` (a stopped one may start again); false when it already runs. */
  startCycle(organizationId: string): Promise<boolean> {
    return this.startOnce(() =>
      this.client.workflow.start<OrganizationCycleWorkflow>(organizationCycleWorkflowType.name, {
        workflowId: cycleWorkflowId(organizationId),
        taskQueue: this.taskQueue,
        args: [{ organizationId }],
        // A cycle stopped earlier may be started again.
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      }),
    );
  }

  /** Wakes an organization's cycle to re-read its configuration (false: none runs). */
  wakeCycle(organizationId: string): Promise<boolean> {
    return this.signal(cycleWorkflowId(organizationId), cycleSettingsChangedSignal);
  }

  /** How the organization's cycle stands, or null when none runs. */
  async cycleState(organizationId: string): Promise<CycleState | null> {
    try {
      const handle = this.client.workflow.getHandle(cycleWorkflowId(organizationId));
      const { status } = await handle.describe();
      if (status.name !== 'RUNNING') return null;
      return await handle.query(cycleStateQuery);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return null;
      throw error;
    }
  }

  /** Starts `appointment-<id>` (once). */
  startAppointment(input: AppointmentInput) {
    return this.client.workflow.start<AppointmentWorkflow>(appointmentWorkflowType.name, {
      workflowId: appointmentWorkflowId(input.appointmentId),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
    });
  }

  /** Starts `event-<event id>` (once). */
  startEventDuties(input: EventDutiesInput) {
    return this.client.workflow.start<EventDutiesWorkflow>(eventDutiesWorkflowType.name, {
      workflowId: eventDutiesWorkflowId(input.event.id),
      taskQueue: this.taskQueue,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      memo: { organizationId: input.event.organizationId, kind: input.event.kind },
    });
  }

  /** Starts `manual-duties-<request id>`. */
  startManualDuties(input: ManualDutiesInput) {
    return this.client.workflow.start<ManualDutiesWorkflow>(manualDutiesWorkflowType.name, {
      workflowId: manualDutiesWorkflowId(input.requestId),
      taskQueue: this.taskQueue,
      args: [input],
      memo: { organizationId: input.organizationId, templateId: input.templateId },
    });
  }

  /** Starts `tenure-<holding id>`; one already started is left alone. */
  async startTenureClock(input: TenureClockInput): Promise<void> {
    await this.startOnce(() =>
      this.client.workflow.start<TenureClockWorkflow>(tenureClockWorkflowType.name, {
        workflowId: tenureWorkflowId(input.holdingId),
        taskQueue: this.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  }

  /** Starts `rectification-<id>` (once: a retried start is harmless). */
  startRectification(input: RectificationInput): Promise<boolean> {
    return this.startOnce(() =>
      this.client.workflow.start<RectificationWorkflow>(rectificationWorkflowType.name, {
        workflowId: rectificationWorkflowId(input.rectificationId),
        taskQueue: this.taskQueue,
        args: [input],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  }

  /**
   * Tells a rectification's follow-up that something changed (by its id, or by a milestone duty's period key
   * `rect:<id>:…`; any other key is ignored). Best effort: the follow-up looks again within a day anyway.
   */
  async rectificationChanged(idOrPeriodKey: string): Promise<void> {
    const id = idOrPeriodKey.startsWith('rect:') ? idOrPeriodKey.split(':')[1] : /^[0-9a-f-]{36}$/.test(idOrPeriodKey) ? idOrPeriodKey : null;
    if (!id) return;
    await this.signal(rectificationWorkflowId(id), rectificationChangedSignal).catch(() => false);
  }

  /** Signals a workflow by the contract's definition; false when there is no such workflow (other errors throw). */
  async signal<Args extends unknown[]>(workflowId: string, signal: SignalDefinition<Args>, ...args: Args): Promise<boolean> {
    try {
      await this.client.workflow.getHandle(workflowId).signal(signal, ...args);
      return true;
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return false;
      throw error;
    }
  }

  /** Sends an update by the contract's definition, once the workflow accepted it (a refusal throws at once). */
  startUpdate<Ret, Args extends [unknown, ...unknown[]]>(workflowId: string, update: UpdateDefinition<Ret, Args>, args: Args) {
    return this.client.workflow.getHandle(workflowId).startUpdate(update, { args, waitForStage: WorkflowUpdateStage.ACCEPTED });
  }

  /** Runs a start; true when it started, false when that workflow id already runs. */
  private async startOnce(start: () => Promise<unknown>): Promise<boolean> {
    try {
      await start();
      return true;
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return false;
      throw error;
    }
  }
}
