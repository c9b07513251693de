import { DubanConfig } from '@duban/config';
import { dutyPolicyChangedSignal } from '@duban/contracts';
import { dueDateOfSlot, OPEN_DUTY_STATUSES, proposeLiveStatements, termOfYear } from '@duban/domain';
import { DUTY_VIEW_RELATIONS, DutyEntity, LiveStatementSelectionEntity, loadEffectiveConfiguration, loadWorkdayCalendar, OrganizationEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { Between, DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyCancellation } from '../duties/duty-cancellation';
import { DutyWorkflows } from '../duties/duty-workflows';
import { toDutyView } from '../duties/duty-view';
import { ManualDutiesService } from '../duties/manual-duties.service';
import { subordinateHolders } from './check-candidates';
import { ConfirmLiveStatementsDto } from './dto/live-statements.dto';
import { moveDueDates } from './move-due-date';

export const LIVE_STATEMENT_TEMPLATE = 'live-statement-rotation';

/**
 * 现场述责述廉 (BJ（十一）, AH（九）): the year's proposal from the term's coverage, and the administrator's list with the
 * meeting date, issued as duties (template `live-statement-rotation`, counterpart = each presenter) through the one
 * issuer. Where the pack makes it a term's duty per subordinate 一把手 (AH), the cycle may already hold that duty
 * (same key): its due date becomes the meeting date.
 */
@Injectable()
export class LiveStatementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly manual: ManualDutiesService,
    private readonly cancellation: DutyCancellation,
    private readonly workflows: DutyWorkflows,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async overview(organizationId: string, year: number = DateTime.now().setZone(this.config.timeZone).year) {
    const m = this.dataSource.manager;
    const organization = await this.organization(organizationId);
    const config = await loadEffectiveConfiguration(m, organizationId);
    const termStartYear = config?.termStartYear.value ?? year;
    const term = termOfYear(year, termStartYear);
    const candidates = await subordinateHolders(m, organizationId, 'principal');
    const selections = await m.getRepository(LiveStatementSelectionEntity).find({ where: { organizationId, year: Between(term.startYear, term.endYear) }, order: { year: 'ASC' } });
    const hearings = selections.flatMap((s) => s.presenters.map((p) => ({ personId: p.personId, year: s.year })));
    const proposal = proposeLiveStatements({ year, termStartYear, candidates, hearings });
    const selection = selections.find((s) => s.year === year) ?? null;
    return {
      organization: { id: organization.id, name: organization.name },
      templateAvailable: !!config?.obligations.some((o) => o.templateId === LIVE_STATEMENT_TEMPLATE),
      packId: config?.pack.id ?? null,
      year,
      term,
      yearsLeft: proposal.yearsLeft,
      remaining: proposal.remaining,
      quota: proposal.quota,
      coverage: proposal.standings,
      proposed: proposal.proposed,
      selection: selection ? await this.selectionView(selection) : null,
      termSelections: selections.map((s) => ({ year: s.year, meetingDate: s.meetingDate, personIds: s.presenters.map((p) => p.personId) })),
    };
  }

  /** Confirms the year's list (or replaces the one confirmed): presentations issued, dropped ones withdrawn, due dates set to the meeting. */
  async confirm(organizationId: string, dto: ConfirmLiveStatementsDto, actorPersonId: string) {
    const m = this.dataSource.manager;
    await this.organization(organizationId);
    if (!dto.meetingDate.startsWith(`${dto.year}-`)) throw badRequest('meetingDate', `会议日期应在 ${dto.year} 年内`);
    const config = await loadEffectiveConfiguration(m, organizationId);
    const obligation = config?.obligations.find((o) => o.templateId === LIVE_STATEMENT_TEMPLATE);
    if (!config || !obligation) throw conflict('NOT_IN_PACK', `本组织所用策略包（${config?.pack.id ?? '未选择'}）没有“现场述责述廉”义务，不能安排`);
    const candidates = await subordinateHolders(m, organizationId, 'principal');
    const presenters = dto.personIds.map((personId, i) => {
      const c = candidates.find((x) => x.personId === personId);
      if (!c) throw badRequest(`personIds.${i}`, '不是本组织现任的下级“一把手”');
      return { personId: c.personId, positionId: c.positionId, organizationId: c.organizationId };
    });
    const overview = await this.overview(organizationId, dto.year);
    const proposal = overview.proposed.map((p) => p.personId);
    const dueAt = DateTime.fromISO(`${dto.meetingDate}T23:59:59`, { zone: this.config.timeZone }).toJSDate();

    const repo = m.getRepository(LiveStatementSelectionEntity);
    const previous = await repo.findOneBy({ organizationId, year: dto.year });
    const dropped = (previous?.presenters ?? []).filter((p) => !presenters.some((s) => s.personId === p.personId)).map((p) => p.personId);
    const requestId = randomUUID();
    const saved = await repo
      .save(
        previous
          ? Object.assign(previous, { meetingDate: dto.meetingDate, presenters, requestId, confirmedByPersonId: actorPersonId })
          : repo.create({ organizationId, year: dto.year, meetingDate: dto.meetingDate, presenters, proposed: proposal, requestId, confirmedByPersonId: actorPersonId }),
      )
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw conflict('CONFIRMED_MEANWHILE', `${dto.year} 年度的名单刚由他人确认，请刷新后再修改`);
        throw error;
      });

    // People dropped by an edit: a presentation of their own (a yearly one, BJ) is withdrawn; a term's duty (AH) goes back to its planned date.
    const droppedDuties = dropped.length ? await this.openPresentations(m, organizationId, dto.year, dropped, termStartYearOf(config)) : [];
    const termKey = termOfYear(dto.year, config.termStartYear.value).key;
    for (const duty of droppedDuties.filter((d) => d.periodKey !== termKey)) {
      await this.cancellation.cancel({ dutyId: duty.id }, `现场述责述廉名单调整：不再安排在 ${dto.year} 年`);
    }
    const restored = await this.restorePlannedDue(droppedDuties.filter((d) => d.periodKey === termKey), saved.id);

    // A presentation counts for the slot's duty of the seat (the cycle's, same key) unless that cannot be this one: under a
    // per-term duty (AH), a person heard already this term presents again on a duty of their own; and a seat's duty closed
    // under a predecessor leaves the newcomer, not yet heard, a duty of their own; so does one withdrawn by an earlier edit.
    const perTerm = obligation.cadence === 'per_term';
    const slotKey = perTerm ? termOfYear(dto.year, config.termStartYear.value).key : String(dto.year);
    const closed = await m.getRepository(DutyEntity).find({
      where: { organizationId, templateId: LIVE_STATEMENT_TEMPLATE, periodKey: slotKey, counterpartPositionId: In(presenters.map((p) => p.positionId)), status: In(['completed', 'cancelled']) },
    });
    const heardBefore = new Set(overview.coverage.filter((c) => c.heardIn.length > 0).map((c) => c.personId));
    const own = presenters.filter((p) => (perTerm && heardBefore.has(p.personId)) || closed.some((d) => d.counterpartPositionId === p.positionId && (d.counterpartPersonId !== p.personId || d.status === 'cancelled')));
    const dueIso = DateTime.fromJSDate(dueAt, { zone: this.config.timeZone }).toISO()!;
    const requests = [
      { counterparts: presenters.filter((p) => !own.includes(p)), requestId },
      ...own.map((p) => ({ counterparts: [p], requestId: randomUUID(), occasionKey: `${slotKey}:${dto.year}:${p.personId}` })),
    ].filter((r) => r.counterparts.length > 0);
    let moved: DutyEntity[] = [];
    let issuing = false;
    for (const { requestId: id, ...target } of requests) {
      const outcome = await this.manual.issueRequest(organizationId, { templateId: LIVE_STATEMENT_TEMPLATE, dueAt: dueIso, ...target }, id);
      if (!outcome.done) {
        issuing = true;
        continue;
      }
      moved = moved.concat(
        await this.dataSource.transaction((t) =>
          moveDueDates(t, outcome.duties.map((d) => d.id), dueAt, this.config.timeZone, { key: `live:${saved.id}`, reason: `现场述责述廉会议日期：${dto.meetingDate}` }),
        ),
      );
    }
    for (const duty of [...moved, ...restored]) await this.workflows.signal(duty.workflowId, dutyPolicyChangedSignal, { policy: duty.policy, dueAt: duty.dueAt.toISOString() });
    return { ...(await this.selectionView(saved)), edited: !!previous, issuing, dueDatesMoved: moved.length + restored.length };
  }

  private async openPresentations(m: EntityManager, organizationId: string, year: number, personIds: string[], termStartYear: number) {
    const term = termOfYear(year, termStartYear);
    return m.getRepository(DutyEntity).find({
      where: {
        organizationId,
        templateId: LIVE_STATEMENT_TEMPLATE,
        counterpartPersonId: In(personIds),
        status: In([...OPEN_DUTY_STATUSES]),
        // The year's own duty (BJ), the term's (AH), or a presentation of one's own this year (see confirm).
        periodKey: In([String(year), term.key, ...personIds.flatMap((p) => [`${term.key}:${year}:${p}`, `${year}:${year}:${p}`])]),
      },
    });
  }

  /** A term's duty no longer presented this year falls due when its period's rule says again. */
  private async restorePlannedDue(duties: DutyEntity[], selectionId: string): Promise<DutyEntity[]> {
    if (duties.length === 0) return [];
    const m = this.dataSource.manager;
    const config = await loadEffectiveConfiguration(m, duties[0].organizationId);
    const obligation = config?.obligations.find((o) => o.templateId === LIVE_STATEMENT_TEMPLATE);
    if (!config || !obligation || obligation.cadence === 'event') return [];
    const calendar = await loadWorkdayCalendar(m);
    const restored: DutyEntity[] = [];
    for (const duty of duties.filter((d) => d.periodStart && d.periodEnd)) {
      const due = dueDateOfSlot({ key: duty.periodKey, start: duty.periodStart!.toISOString(), end: duty.periodEnd!.toISOString() }, obligation.dueRule, { zone: this.config.timeZone, mode: config.dueDateMode.value, calendar });
      restored.push(...(await this.dataSource.transaction((t) => moveDueDates(t, [duty.id], new Date(due.at), this.config.timeZone, { key: `live:${selectionId}`, reason: '现场述责述廉名单调整：恢复届内截止日期' }))));
    }
    return restored;
  }

  private async selectionView(selection: LiveStatementSelectionEntity) {
    const m = this.dataSource.manager;
    const ids = selection.presenters.map((p) => p.personId);
    const [people, orgs, duties] = await Promise.all([
      ids.length ? m.query(`SELECT id, name FROM people WHERE id = ANY($1::uuid[])`, [ids]) : [],
      m.getRepository(OrganizationEntity).findBy({ id: In(selection.presenters.map((p) => p.organizationId)) }),
      ids.length
        ? m.getRepository(DutyEntity).find({
            where: { organizationId: selection.organizationId, templateId: LIVE_STATEMENT_TEMPLATE, counterpartPersonId: In(ids), dueDate: selection.meetingDate },
            relations: DUTY_VIEW_RELATIONS,
          })
        : [],
    ]);
    const nameOf = new Map<string, string>((people as { id: string; name: string }[]).map((p) => [p.id, p.name]));
    return {
      id: selection.id,
      year: selection.year,
      meetingDate: selection.meetingDate,
      presenters: selection.presenters.map((p) => ({ ...p, personName: nameOf.get(p.personId) ?? null, organizationName: orgs.find((o) => o.id === p.organizationId)?.name ?? null })),
      proposed: selection.proposed,
      confirmedByPersonId: selection.confirmedByPersonId,
      updatedAt: selection.updatedAt.toISOString(),
      duties: duties.map((d) => toDutyView(d)),
    };
  }

  private async organization(id: string) {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization) throw notFound('组织', id);
    return organization;
  }
}

const termStartYearOf = (config: { termStartYear: { value: number } }) => config.termStartYear.value;
