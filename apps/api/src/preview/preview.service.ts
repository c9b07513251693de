import { DubanConfig } from '@duban/config';
import { CADENCE_LABELS, PlannedDuty, ROLE_LABELS } from '@duban/domain';
import { dutyDedupeKey, loadWorkdayCalendar, OrganizationEntity, PersonEntity, PositionEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, In } from 'typeorm';
import { notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { ConfigurationOf, configurationInForce, planSubtreeYear } from './plan-subtree-year';
import type { DutyPreview, PreviewDuty, PreviewOrganization } from './preview.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The duties an organization's subtree would have in a year under the configuration in force, computed with
 * the same planner the cycles use, without creating or starting anything.
 */
@Injectable()
export class PreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  /** This year in the configured zone (the default year to preview). */
  currentYear(): number {
    return DateTime.now().setZone(this.config.timeZone).year;
  }

  /** An organization by id or by code (for the command line). */
  async findOrganization(idOrCode: string): Promise<OrganizationEntity> {
    const repo = this.dataSource.getRepository(OrganizationEntity);
    const organization = (UUID.test(idOrCode) ? await repo.findOneBy({ id: idOrCode }) : null) ?? (await repo.findOneBy({ code: idOrCode }));
    if (!organization) throw notFound('组织', idOrCode);
    return organization;
  }

  /** `configurationOf`: the configuration in force, or a candidate one (what a change would do, see configuration-diff). */
  async preview(organizationId: string, year: number, configurationOf: ConfigurationOf = configurationInForce): Promise<DutyPreview> {
    const manager = this.dataSource.manager;
    const zone = this.config.timeZone;
    const root = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!root) throw notFound('组织', organizationId);
    const calendar = await loadWorkdayCalendar(manager);

    const { organizations, withoutPack, planned, skipped, titles } = await planSubtreeYear(manager, organizationId, year, { zone, calendar, configurationOf });

    const names = await this.names(planned, skipped.map((s) => s.organizationId));
    const packOf = new Map(organizations.map((o) => [o.id, o.packId]));
    const duties = planned.map((d) => {
      const packId = packOf.get(d.draft.responsibleOrganizationId)!;
      return this.describe(d, names, packId, titles.get(`${packId}:${d.templateId}`) ?? d.title);
    });
    // by due date, then the organization's place in the tree (parents first), then the obligation
    const order = new Map(organizations.map((o, i) => [o.id, i]));
    duties.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || order.get(a.organization.id)! - order.get(b.organization.id)! || a.obligationId.localeCompare(b.obligationId));
    const years = calendar.years();
    return {
      organization: { id: root.id, name: root.name, code: root.code },
      year,
      timeZone: zone,
      generatedAt: DateTime.now().setZone(zone).toISO()!,
      calendar: { years, yearKnown: years.includes(year) },
      warnings: warnings(year, years, organizations, duties, withoutPack),
      organizations,
      withoutPack,
      duties,
      skipped: skipped.map((s) => ({ organizationId: s.organizationId, organizationName: names.organizations.get(s.organizationId) ?? s.organizationId, reason: s.reason })),
    };
  }

  private async names(planned: PlannedDuty[], moreOrganizations: string[]) {
    const personIds = new Set<string>();
    const positionIds = new Set<string>();
    const organizationIds = new Set<string>(moreOrganizations);
    for (const { draft } of planned) {
      personIds.add(draft.responsible.personId);
      positionIds.add(draft.responsible.positionId);
      organizationIds.add(draft.responsibleOrganizationId);
      if (draft.counterpart) personIds.add(draft.counterpart.personId);
      if (draft.counterpartOrganizationId) organizationIds.add(draft.counterpartOrganizationId);
    }
    const manager = this.dataSource.manager;
    const [people, positions, orgs] = await Promise.all([
      personIds.size ? manager.getRepository(PersonEntity).findBy({ id: In([...personIds]) }) : [],
      positionIds.size ? manager.getRepository(PositionEntity).findBy({ id: In([...positionIds]) }) : [],
      organizationIds.size ? manager.getRepository(OrganizationEntity).findBy({ id: In([...organizationIds]) }) : [],
    ]);
    return {
      people: new Map(people.map((p) => [p.id, p.name])),
      positions: new Map(positions.map((p) => [p.id, p])),
      organizations: new Map(orgs.map((o) => [o.id, o.name])),
    };
  }

  private describe(d: PlannedDuty, names: Awaited<ReturnType<PreviewService['names']>>, packId: PreviewDuty['packId'], obligationTitle: string): PreviewDuty {
    const position = names.positions.get(d.draft.responsible.positionId);
    const orgName = (id: string) => names.organizations.get(id) ?? id;
    return {
      key: dutyDedupeKey({ templateId: d.templateId, draft: d.draft, periodKey: d.slot.key }),
      obligationId: d.templateId,
      obligationTitle,
      title: d.title,
      kind: d.kind,
      packId,
      organization: { id: d.draft.responsibleOrganizationId, name: orgName(d.draft.responsibleOrganizationId) },
      responsible: {
        personId: d.draft.responsible.personId,
        name: names.people.get(d.draft.responsible.personId) ?? d.draft.responsible.personId,
        positionId: d.draft.responsible.positionId,
        positionTitle: position?.title ?? '',
        role: position?.role ?? null,
        roleLabel: position ? ROLE_LABELS[position.role] : null,
      },
      counterpart: d.draft.counterpart ? { personId: d.draft.counterpart.personId, positionId: d.draft.counterpart.positionId, name: names.people.get(d.draft.counterpart.personId) ?? d.draft.counterpart.personId } : null,
      counterpartOrganization: d.draft.counterpartOrganizationId ? { id: d.draft.counterpartOrganizationId, name: orgName(d.draft.counterpartOrganizationId) } : null,
      period: { key: d.slot.period.key, label: d.slot.period.label, cadenceLabel: CADENCE_LABELS[d.slot.period.cadence] },
      slot: { ordinal: d.slot.ordinal, count: d.slot.count },
      dueDate: d.due.date,
      dueAt: d.due.at,
      movedFrom: d.due.movedFrom,
      createAt: d.createAt,
      citation: d.citation,
      defaulted: d.defaulted,
    };
  }
}

function warnings(year: number, known: number[], organizations: PreviewOrganization[], duties: PreviewDuty[], withoutPack: DutyPreview['withoutPack']): string[] {
  const out: string[] = [];
  const working = new Set(organizations.filter((o) => o.dueDateMode === 'next_working_day').map((o) => o.id));
  const dueYears = new Set([year, ...duties.filter((d) => working.has(d.organization.id)).map((d) => Number(d.dueDate.slice(0, 4)))]);
  const missing = [...dueYears].filter((y) => !known.includes(y)).sort();
  if (missing.length > 0) {
    const who = working.size > 0 ? `本预览中 ${working.size} 个组织按工作日顺延截止日期，` : '本预览中的组织均按日历日截止，暂不受影响；若改为按工作日顺延，';
    out.push(
      `${missing.join('、')} 年不在节假日日历中（已有 ${known[0]}–${known[known.length - 1]} 年）：${who}截止日期只避开周六、周日，不避开法定节假日。` +
        `国务院办公厅公布安排后，请管理员通过 PUT /calendar/years/${missing[0]} 补充。`,
    );
  }
  if (withoutPack.length > 0) out.push(`${withoutPack.length} 个组织及其上级均未选择策略包，未列出其事项：${withoutPack.map((o) => o.name).join('、')}`);
  if (organizations.length > 0 && duties.length === 0) out.push(`${year} 年没有按周期生成的事项`);
  return out;
}
