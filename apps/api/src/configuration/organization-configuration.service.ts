import { DubanConfig } from '@duban/config';
import { dutyPolicyChangedSignal } from '@duban/contracts';
import {
  CADENCE_LABELS,
  dueDateOfSlot,
  effectiveConfiguration,
  EffectiveConfiguration,
  FIELD_LABELS,
  formatCitations,
  OPEN_DUTY_STATUSES,
  OVERRIDABLE_FIELDS,
} from '@duban/domain';
import { applyDutyCommand, DutyEntity, loadConfigChain, loadWorkdayCalendar, ObligationOverrideEntity, OrganizationSettingsEntity, subtreeIds } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyWorkflows } from '../duties/duty-workflows';
import { configChain, requireOrganization } from './chain';
import { CycleWorkflows } from './cycle-workflows';
import { checkOverride } from './override-rules';
import { CycleSettingsDto, OverrideDto } from './dto/configuration.dto';

/** An organization's own settings and overrides, and the configuration in force there with where each value comes from. */
@Injectable()
export class OrganizationConfigurationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly cycles: CycleWorkflows,
    private readonly duties: DutyWorkflows,
  ) {}

  async settings(organizationId: string) {
    const chain = await configChain(this.dataSource.manager, organizationId);
    const own = await this.dataSource.getRepository(OrganizationSettingsEntity).findOneBy({ organizationId });
    const effective = effectiveConfiguration(chain);
    return {
      organizationId,
      own: {
        packId: own?.packId ?? null,
        dueDateMode: own?.dueDateMode ?? null,
        leadTime: own?.leadTime ?? null,
        termStartYear: own?.termStartYear ?? null,
      },
      cycles: { enabled: own?.cyclesEnabled ?? false, enabledAt: own?.cyclesEnabledAt ?? null, openedThrough: own?.cyclesOpenedThrough ?? null },
      effective: effective
        ? {
            packId: effective.pack.id,
            packTitle: effective.pack.title,
            packSource: effective.packSource,
            dueDateMode: effective.dueDateMode,
            leadTime: effective.leadTime,
            termStartYear: effective.termStartYear,
          }
        : null,
    };
  }

  /** Sets the organization's own settings (null: as the parent); the subtree's cycles re-read them. */
  async updateSettings(organizationId: string, dto: CycleSettingsDto) {
    await this.dataSource.transaction(async (manager) => {
      await requireOrganization(manager, organizationId);
      await manager.createQueryBuilder().insert().into(OrganizationSettingsEntity).values({ organizationId }).orIgnore().execute();
      const patch: Partial<OrganizationSettingsEntity> = {};
      if (dto.packId !== undefined) patch.packId = dto.packId as OrganizationSettingsEntity['packId'];
      if (dto.dueDateMode !== undefined) patch.dueDateMode = dto.dueDateMode as OrganizationSettingsEntity['dueDateMode'];
      if (dto.leadTime !== undefined) patch.leadTime = dto.leadTime;
      if (dto.termStartYear !== undefined) patch.termStartYear = dto.termStartYear;
      if (Object.keys(patch).length > 0) await manager.update(OrganizationSettingsEntity, { organizationId }, patch);
    });
    await this.cycles.changed(await subtreeIds(this.dataSource.manager, organizationId));
    return this.settings(organizationId);
  }

  /** For each obligation of the organization's pack: the value of each field in force and where it comes from. */
  async effective(organizationId: string) {
    const chain = await configChain(this.dataSource.manager, organizationId);
    const config = effectiveConfiguration(chain);
    if (!config) {
      return { organizationId, pack: null, message: '该组织及其上级均未选择策略包：请先为本组织或上级组织设置 packId', obligations: [] };
    }
    return {
      organizationId,
      pack: { id: config.pack.id, version: config.pack.version, title: config.pack.title, source: config.packSource },
      dueDateMode: config.dueDateMode,
      leadTime: config.leadTime,
      termStartYear: config.termStartYear,
      obligations: config.obligations.map((o) => ({
        templateId: o.templateId,
        title: o.template.title,
        kind: o.template.kind,
        responsible: o.template.responsibleLabel,
        counterpart: o.template.counterpartLabel,
        trigger: o.template.trigger ?? null,
        enabled: o.enabled,
        cadenceLabel: CADENCE_LABELS[o.cadence],
        defaulted: o.template.defaulted,
        citation: formatCitations(o.template.citations),
        fields: Object.fromEntries(OVERRIDABLE_FIELDS.map((f) => [f, { label: FIELD_LABELS[f], ...o.fields[f] }])),
      })),
    };
  }

  async overrides(organizationId: string) {
    await requireOrganization(this.dataSource.manager, organizationId);
    return this.dataSource.getRepository(ObligationOverrideEntity).find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  /**
   * Overrides fields of a template for the organization and its subtree, replacing its previous override of
   * that template (kept, superseded). From the next period on; with `applyToOpenDuties`, at once on the
   * subtree's open duties of that obligation (chase policy and, for periodic duties, the due date).
   */
  async override(organizationId: string, templateId: string, dto: OverrideDto, actorPersonId: string | null = null) {
    const { override, changed } = await this.dataSource.transaction(async (manager) => {
      await requireOrganization(manager, organizationId);
      checkOverride(await configChain(manager, organizationId), templateId, dto.fields);

      const repo = manager.getRepository(ObligationOverrideEntity);
      await repo.update({ organizationId, templateId, supersededAt: IsNull() }, { supersededAt: new Date() });
      const override = await repo.save(
        repo.create({ organizationId, templateId, fields: dto.fields, reason: dto.reason, appliedToOpenDuties: dto.applyToOpenDuties ?? false, createdByPersonId: actorPersonId }),
      );
      const changed = dto.applyToOpenDuties ? await this.applyToOpenDuties(manager, organizationId, templateId, override.id) : [];
      return { override, changed };
    });
    for (const duty of changed) {
      await this.duties.signal(duty.workflowId, dutyPolicyChangedSignal, { policy: duty.policy, dueAt: duty.dueAt.toISOString() });
    }
    await this.cycles.changed(await subtreeIds(this.dataSource.manager, organizationId));
    return { override, openDutiesChanged: changed.length, effective: (await this.effective(organizationId)).obligations.find((o) => o.templateId === templateId) };
  }

  /** Re-reads the configuration in force for each organization of the subtree and applies it to its open duties. */
  private async applyToOpenDuties(manager: EntityManager, organizationId: string, templateId: string, overrideId: string): Promise<DutyEntity[]> {
    const zone = this.config.timeZone;
    const calendar = await loadWorkdayCalendar(manager);
    const ids = await subtreeIds(manager, organizationId);
    const duties = await manager.getRepository(DutyEntity).find({
      where: { organizationId: In(ids), templateId, status: In([...OPEN_DUTY_STATUSES]) },
      lock: { mode: 'pessimistic_write' },
    });
    const configs = new Map<string, EffectiveConfiguration | null>();
    const changed: DutyEntity[] = [];
    for (const duty of duties) {
      if (!configs.has(duty.organizationId)) configs.set(duty.organizationId, effectiveConfiguration(await loadConfigChain(manager, duty.organizationId)));
      const config = configs.get(duty.organizationId);
      const obligation = config?.obligations.find((o) => o.templateId === templateId);
      if (!config || !obligation) continue;
      const before = { dueDate: duty.dueDate, policy: duty.policy };
      let dueAt = duty.dueAt;
      let dueDate = duty.dueDate;
      if (obligation.cadence !== 'event' && duty.periodStart && duty.periodEnd) {
        const due = dueDateOfSlot({ key: duty.periodKey, start: duty.periodStart.toISOString(), end: duty.periodEnd.toISOString() }, obligation.dueRule, { zone, mode: config.dueDateMode.value, calendar });
        dueAt = new Date(due.at);
        dueDate = due.date;
      }
      const dueMoved = dueAt.getTime() !== duty.dueAt.getTime();
      if (JSON.stringify(obligation.chase) === JSON.stringify(duty.policy) && !dueMoved) continue;
      // A moved due date starts a new round: the lifecycle also withdraws a proposal still waiting for a decision.
      const result = await applyDutyCommand(manager, duty, {
        event: { kind: 'policy_changed', dueMoved, dueInFuture: dueAt.getTime() > Date.now() },
        changes: { policy: obligation.chase, dueAt, dueDate },
        timeline: { type: 'policy_changed', dedupeKey: `policy_changed:${overrideId}`, actorKind: 'system', data: { overrideId, before, after: { dueDate, policy: obligation.chase } } },
      });
      if (!result.refused) changed.push(result.duty);
    }
    return changed;
  }
}
