import { DubanConfig } from '@duban/config';
import { effectiveConfiguration, nextCreationAfter } from '@duban/domain';
import { DutyEntity, OrganizationSettingsEntity, subtreeIds } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { badRequest, unavailable } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { configChain, requireOrganization } from './chain';
import { CycleWorkflows } from './cycle-workflows';
import { CyclesSwitchDto } from './dto/configuration.dto';

/** Switching organizations' cycles on and off, and how they stand. */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly cycles: CycleWorkflows,
  ) {}

  /** Switches the cycles of the organization (and by default its subtree) on or off. */
  async switchCycles(organizationId: string, dto: CyclesSwitchDto) {
    const ids = await this.dataSource.transaction(async (manager) => {
      await requireOrganization(manager, organizationId);
      if (dto.enabled && !effectiveConfiguration(await configChain(manager, organizationId))) {
        throw badRequest('enabled', '该组织及其上级均未选择策略包，无法开启周期：请先设置 packId');
      }
      const ids = dto.includeSubtree === false ? [organizationId] : await subtreeIds(manager, organizationId);
      await manager.createQueryBuilder().insert().into(OrganizationSettingsEntity).values(ids.map((id) => ({ organizationId: id }))).orIgnore().execute();
      if (dto.enabled) {
        // Switched on (again): from now, with the periods under way; what was created before is not duplicated.
        await manager.update(OrganizationSettingsEntity, { organizationId: In(ids), cyclesEnabled: false }, { cyclesEnabled: true, cyclesEnabledAt: new Date(), cyclesOpenedThrough: null });
      } else {
        await manager.update(OrganizationSettingsEntity, { organizationId: In(ids) }, { cyclesEnabled: false });
      }
      return ids;
    });
    try {
      if (dto.enabled) await this.cycles.start(ids);
      else await this.cycles.changed(ids);
    } catch (error) {
      throw unavailable(`周期设置已保存，但启动周期流程失败（${(error as Error).message}）。请稍后重试同一请求。`);
    }
    return { organizations: ids.length, enabled: dto.enabled, status: await this.cycleStatus(organizationId) };
  }

  /** Whether the organization's cycles run, when they last ran and when the next duties open. */
  async cycleStatus(organizationId: string) {
    const manager = this.dataSource.manager;
    await requireOrganization(manager, organizationId);
    const settings = await manager.getRepository(OrganizationSettingsEntity).findOneBy({ organizationId });
    const config = effectiveConfiguration(await configChain(manager, organizationId));
    const openedThrough = settings?.cyclesOpenedThrough?.toISOString() ?? null;
    const state = await this.cycles.state(organizationId).catch(() => null);
    return {
      organizationId,
      enabled: settings?.cyclesEnabled ?? false,
      enabledAt: settings?.cyclesEnabledAt ?? null,
      openedThrough,
      running: state !== null,
      nextOpening: settings?.cyclesEnabled && config ? nextCreationAfter(config, openedThrough ?? new Date().toISOString(), { zone: this.config.timeZone }) : null,
      duties: await manager.getRepository(DutyEntity).count({ where: { organizationId } }),
    };
  }
}
