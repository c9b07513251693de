import {
  DEFAULT_CHASE_POLICY,
  DutyToIssue,
  formatCitations,
  isRegimeId,
  milestoneKey,
  milestonePeriodKey,
  milestoneTemplate,
  onDay,
  RectificationFacts,
  RectificationStep,
  RegimeId,
  ROLE_LABELS,
  SUPERVISING_BODY_SEAT,
} from '@duban/domain';
import { EntityManager, In, Like } from 'typeorm';
import { DutyEntity, OrganizationEntity, PositionEntity, RectificationEntity, RectificationNoticeEntity } from '../entities';
import { loadEffectiveConfiguration } from '../repositories/cycle-configuration.repository';
import { issueDuties } from '../repositories/duty-issuer.repository';

/**
 * The rectifications of the register an organization still owes or awaits the verdict on (方案、整改中、待审核):
 * what a new 一把手 inherits and is reminded of (常州工学院第 10 项), by deadline.
 */
export function openRegisterRectifications(manager: EntityManager, organizationId: string): Promise<RectificationEntity[]> {
  return manager.getRepository(RectificationEntity).find({ where: { organizationId, status: In(['planning', 'rectifying', 'reviewing']) }, order: { deadline: 'ASC', createdAt: 'ASC' } });
}

/** A rectification's milestone duties, oldest first. */
export function milestoneDuties(manager: EntityManager, rectificationId: string): Promise<DutyEntity[]> {
  return manager.getRepository(DutyEntity).find({ where: { periodKey: Like(`rect:${rectificationId}:%`) }, order: { createdAt: 'ASC' } });
}

/** What the follow-up's agenda needs of a rectification, from its row, its milestone duties and its notices. */
export async function rectificationFacts(manager: EntityManager, r: RectificationEntity): Promise<RectificationFacts> {
  const duties = await milestoneDuties(manager, r.id);
  const notices = await manager.getRepository(RectificationNoticeEntity).findBy({ rectificationId: r.id });
  return {
    kind: r.kind,
    status: r.status,
    foundOn: r.foundOn,
    recordedOn: r.recordedOn,
    roundStartedOn: r.roundStartedOn,
    deadline: r.deadline,
    round: r.round,
    returnsThisRound: r.returnsThisRound,
    timings: r.timings,
    lateSince: r.lateSince,
    escalation: r.escalation,
    acceptedOn: r.acceptedOn,
    paperOnly: r.paperOnlyAt !== null,
    admonitionDueOn: r.admonitionDueOn,
    noticeReasons: notices.map((n) => n.reason),
    noticeToSend: notices.some((n) => n.status === 'approved' && !n.sentAt),
    issued: new Set(duties.map((d) => d.periodKey.split(':').slice(2).join(':'))),
  };
}

/** The regime whose clauses the milestones cite: the one in force at the rectifying organization (else above it, else the central Opinion). */
export async function regimeOfRectification(manager: EntityManager, r: Pick<RectificationEntity, 'organizationId' | 'supervisingOrganizationId'>): Promise<RegimeId> {
  for (const id of [r.organizationId, r.supervisingOrganizationId]) {
    const config = await loadEffectiveConfiguration(manager, id);
    if (config && isRegimeId(config.pack.id)) return config.pack.id;
  }
  return 'central-2021';
}

type Seat = { positionId: string; personId: string; organizationId: string };

async function seatOf(manager: EntityManager, organizationId: string, role: PositionEntity['role']): Promise<Seat | null> {
  const position = await manager.getRepository(PositionEntity).findOne({ where: { organizationId, role }, order: { createdAt: 'ASC' } });
  return position?.holderId ? { positionId: position.id, personId: position.holderId, organizationId } : null;
}

/**
 * Who owes a milestone: the 一把手 of the rectifying organization for its plan, reports and answer; the
 * supervising body's seat for the visit; for the admonition talk the member of the upper organization in
 * charge of it (分管) where the tree records one, else the upper 一把手; the upper 一把手 for the order to correct.
 */
async function responsibleFor(manager: EntityManager, r: RectificationEntity, milestone: RectificationStep & { kind: 'issue' }): Promise<{ seat: Seat; counterpart: Seat | null } | { skipped: string }> {
  const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: r.organizationId });
  const principal = await seatOf(manager, r.organizationId, 'principal');
  switch (milestone.milestone) {
    case 'plan':
    case 'progress':
    case 'report':
      return principal ? { seat: principal, counterpart: null } : { skipped: `${organization.name}“一把手”职位空缺` };
    case 'visit': {
      const role = SUPERVISING_BODY_SEAT[r.supervisingBody];
      const seat = await seatOf(manager, r.supervisingOrganizationId, role);
      return seat ? { seat, counterpart: principal } : { skipped: `监督单位${ROLE_LABELS[role]}职位空缺` };
    }
    case 'admonition':
    case 'correction': {
      const upperId = organization.parentId ?? r.supervisingOrganizationId;
      if (milestone.milestone === 'admonition' && organization.overseenByPositionId) {
        const overseer = await manager.getRepository(PositionEntity).findOneBy({ id: organization.overseenByPositionId });
        if (overseer?.holderId) return { seat: { positionId: overseer.id, personId: overseer.holderId, organizationId: overseer.organizationId }, counterpart: principal };
      }
      const seat = await seatOf(manager, upperId, 'principal');
      return seat ? { seat, counterpart: principal } : { skipped: '上级党组织“一把手”职位空缺' };
    }
  }
}

/**
 * Issues one milestone duty through the one issuer (idempotent by its key `rect:<id>:<milestone>[:<n>]`).
 * Returns the duties created now (for their chase to start), or why it could not be issued.
 */
export async function issueMilestone(manager: EntityManager, r: RectificationEntity, step: RectificationStep & { kind: 'issue' }, zone: string): Promise<{ created: DutyEntity[] } | { skipped: string }> {
  const who = await responsibleFor(manager, r, step);
  if ('skipped' in who) return who;
  const template = milestoneTemplate(await regimeOfRectification(manager, r), r.kind, step.milestone);
  const due = onDay(step.dueOn, zone);
  const summary = r.description.length > 40 ? `${r.description.slice(0, 40)}…` : r.description;
  const duty: DutyToIssue = {
    templateId: template.id,
    title: `${template.title}：${summary}`.slice(0, 200),
    draft: {
      responsible: { personId: who.seat.personId, positionId: who.seat.positionId },
      responsibleOrganizationId: who.seat.organizationId,
      counterpart: who.counterpart ? { personId: who.counterpart.personId, positionId: who.counterpart.positionId } : null,
      counterpartOrganizationId: who.seat.organizationId === r.organizationId ? null : r.organizationId,
    },
    periodKey: milestonePeriodKey(r.id, step.milestone, step.n ?? undefined),
    periodLabel: null,
    periodStart: null,
    periodEnd: null,
    dueDate: due.date,
    dueAt: due.at,
    policy: DEFAULT_CHASE_POLICY,
    citation: formatCitations(template.citations),
  };
  const created = await issueDuties(manager, [duty], { kind: 'rectification', rectificationId: r.id, milestone: milestoneKey(step.milestone, step.n) });
  return { created };
}
