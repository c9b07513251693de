import { OPEN_DUTY_STATUSES, REMINDER_LETTER_TEMPLATE, startOfDay, tenureMilestones } from '@duban/domain';
import { AppliedAppointment } from '@duban/contracts';
import { AppointmentEntity, changeHolder, DutyEntity, HolderChange, issueEventDuties, openRegisterRectifications, PositionEntity } from '@duban/persistence';
import { EntityManager, In, Not } from 'typeorm';
import { ActivityDeps } from '../activity-deps';
import { heartbeat } from '../temporal/heartbeat';

/**
 * On the effective date the 任免 takes effect: the holder changes (the position's open duties follow), a
 * transfer ends the person's other posts, a removal leaves the post vacant; a new 一把手 gets the duties the
 * packs in force name, chased at once, and a tenure clock. A retry after commit changes nothing again: it only
 * makes sure the chases and the clock are started.
 */
export function applyAppointmentActivity(deps: ActivityDeps) {
  return async function applyAppointment({ appointmentId }: { appointmentId: string }): Promise<AppliedAppointment> {
    const outcome = await deps.dataSource.transaction(async (manager) => {
      const appointment = await manager.getRepository(AppointmentEntity).findOne({ where: { id: appointmentId }, lock: { mode: 'pessimistic_write' } });
      if (!appointment || appointment.status === 'void') return null;
      if (appointment.status === 'effective') return { appointment, changes: [] as HolderChange[], role: await roleOf(manager, appointment.positionId) };
      const at = new Date(startOfDay(appointment.effectiveOn, deps.timeZone));
      const changes = await changeHolders(manager, appointment, at);
      if (!changes) {
        await manager.update(AppointmentEntity, { id: appointment.id }, { status: 'void', appliedAt: new Date() });
        return null;
      }
      const [main] = changes;
      await manager.update(AppointmentEntity, { id: appointment.id }, { status: 'effective', appliedAt: new Date(), holdingId: main.holdingId });
      appointment.holdingId = main.holdingId;
      if (main.position.role === 'principal' && main.holdingId) {
        const open = await openRegisterRectifications(manager, appointment.organizationId);
        const event = { kind: 'appointment' as const, id: appointment.id, organizationId: appointment.organizationId, date: appointment.effectiveOn, subject: { personId: appointment.personId, positionId: appointment.positionId }, openRectifications: open.length };
        const { plan } = await issueEventDuties(manager, event, deps.timeZone);
        if (plan.skipped.length > 0) deps.log.info({ appointmentId, skipped: plan.skipped }, '任职事项有未生成的部分');
      }
      return { appointment, changes, role: main.position.role };
    });
    if (!outcome) return { applied: false, holdingId: null, dutyIds: [], reminderLetterDue: false };
    const { appointment, changes, role } = outcome;

    // After commit: the chases, the signals and the clocks (each idempotent), heartbeating as they go: a
    // 一把手's post can carry many open duties, each chase told of its new holder one by one.
    heartbeat();
    const duties = await deps.dataSource.getRepository(DutyEntity).find({ where: { periodKey: `event:${appointment.id}`, status: In([...OPEN_DUTY_STATUSES]) } });
    const letter = duties.filter((d) => d.templateId === REMINDER_LETTER_TEMPLATE);
    await deps.chases.start(duties.filter((d) => d.templateId !== REMINDER_LETTER_TEMPLATE), heartbeat);
    await deps.eventWorkflows.signalReassigned(changes.flatMap((c) => c.moved), heartbeat);
    await deps.eventWorkflows.endTenureClocks(changes.flatMap((c) => c.endedHoldingIds), heartbeat);
    if (role === 'principal' && appointment.holdingId) {
      await deps.eventWorkflows.startTenureClock({ holdingId: appointment.holdingId, milestones: tenureMilestones(appointment.effectiveOn, deps.timeZone) });
    }
    return { applied: true, holdingId: appointment.holdingId, dutyIds: duties.map((d) => d.id), reminderLetterDue: letter.length > 0 };
  };
}

async function roleOf(manager: EntityManager, positionId: string) {
  return (await manager.getRepository(PositionEntity).findOneByOrFail({ id: positionId })).role;
}

/** The holder changes of one 任免, the appointed position first; null when the position is gone. */
async function changeHolders(manager: EntityManager, appointment: AppointmentEntity, at: Date): Promise<HolderChange[] | null> {
  if (appointment.kind === 'removal') {
    const position = await manager.getRepository(PositionEntity).findOneBy({ id: appointment.positionId });
    if (!position) return null;
    // Only the person named leaves: someone else holding the post by then stays.
    const change = position.holderId === appointment.personId ? await changeHolder(manager, appointment.positionId, null, at) : { position, previousHolderId: position.holderId, holdingId: null, endedHoldingIds: [], moved: [] };
    return change ? [change] : null;
  }
  const main = await changeHolder(manager, appointment.positionId, appointment.personId, at);
  if (!main) return null;
  if (appointment.kind !== 'transfer') return [main];
  const others = await manager.getRepository(PositionEntity).findBy({ holderId: appointment.personId, id: Not(appointment.positionId) });
  const left: HolderChange[] = [];
  for (const other of others) {
    const change = await changeHolder(manager, other.id, null, at);
    if (change) left.push(change);
  }
  return [main, ...left];
}
