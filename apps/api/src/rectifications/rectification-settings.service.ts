import { DEFAULT_RECOMMENDATION_TIMINGS, DEFAULT_RECTIFICATION_TIMINGS, RECTIFICATION_DEFAULTS_NOTE, RectificationKind, RectificationTimings } from '@duban/domain';
import { OrganizationEntity, RectificationSettingsEntity, subtreeIds } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { badRequest, notFound } from '../common/errors/duban.exception';
import { RectificationSettingsDto } from './dto/rectification.dto';

/** A supervising organization's settings for the rectifications it verifies: time limits and where notices go. */
@Injectable()
export class RectificationSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(organizationId: string) {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw notFound('组织', organizationId);
    const row = await this.dataSource.getRepository(RectificationSettingsEntity).findOneBy({ organizationId });
    const recipients = row?.noticeRecipientOrganizationIds.length
      ? await this.dataSource.getRepository(OrganizationEntity).find({ select: { id: true, name: true }, where: { id: In(row.noticeRecipientOrganizationIds) } })
      : [];
    return {
      organizationId,
      timings: row?.timings ?? {},
      findingDefaults: { ...DEFAULT_RECTIFICATION_TIMINGS, ...(row?.timings ?? {}) },
      recommendationDefaults: { ...DEFAULT_RECOMMENDATION_TIMINGS, ...withoutPlan(row?.timings ?? {}) },
      defaultsNote: RECTIFICATION_DEFAULTS_NOTE,
      noticeRecipients: recipients.map((o) => ({ id: o.id, name: o.name })),
    };
  }

  async put(organizationId: string, dto: RectificationSettingsDto) {
    await this.dataSource.transaction(async (manager) => {
      if (!(await manager.getRepository(OrganizationEntity).existsBy({ id: organizationId }))) throw notFound('组织', organizationId);
      const current = await manager.getRepository(RectificationSettingsEntity).findOneBy({ organizationId });
      const timings: Partial<RectificationTimings> = { ...(current?.timings ?? {}) };
      for (const key of ['planWithin', 'progressEvery', 'visitAfter', 'noticeAfterTalk'] as const) {
        if (dto[key] !== undefined) (timings as Record<string, unknown>)[key] = dto[key];
      }
      const recipients = dto.noticeRecipientOrganizationIds ?? current?.noticeRecipientOrganizationIds ?? [];
      const unique = [...new Set(recipients)];
      const subtree = new Set(await subtreeIds(manager, organizationId));
      const outside = unique.filter((id) => !subtree.has(id));
      if (outside.length > 0) throw badRequest('noticeRecipientOrganizationIds', `通报范围只能是本组织及其下级组织（不在其中：${outside.join('、')}）`);
      await manager.getRepository(RectificationSettingsEntity).save({ organizationId, timings, noticeRecipientOrganizationIds: unique });
    });
    return this.get(organizationId);
  }

  /** The time limits a new rectification gets: what the request says, else the supervising organization's settings, else the defaults. */
  async timingsFor(manager: EntityManager, supervisingOrganizationId: string, kind: RectificationKind, given: Partial<RectificationTimings>): Promise<RectificationTimings> {
    const row = await manager.getRepository(RectificationSettingsEntity).findOneBy({ organizationId: supervisingOrganizationId });
    const configured = row?.timings ?? {};
    const defaults = kind === 'recommendation' ? { ...DEFAULT_RECOMMENDATION_TIMINGS, ...withoutPlan(configured) } : { ...DEFAULT_RECTIFICATION_TIMINGS, ...configured };
    const chosen = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    return { ...defaults, ...chosen } as RectificationTimings;
  }
}

/** A recommendation asks no plan nor progress reports unless its request does: the organization's plan settings are for findings. */
function withoutPlan(timings: Partial<RectificationTimings>): Partial<RectificationTimings> {
  const { planWithin: _plan, progressEvery: _progress, ...rest } = timings;
  return rest;
}
