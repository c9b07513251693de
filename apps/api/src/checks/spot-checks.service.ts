import { DubanConfig } from '@duban/config';
import { DRAW_METHOD, DRAW_RATE_PERCENT, drawSample, OPEN_DUTY_STATUSES } from '@duban/domain';
import { DrawExclusion, DUTY_VIEW_RELATIONS, DutyEntity, OrganizationEntity, planManualRequest, SpotCheckDrawEntity, SpotCheckKind } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In, IsNull, QueryFailedError } from 'typeorm';
import { badRequest, conflict, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { DutyCancellation } from '../duties/duty-cancellation';
import { toDutyView } from '../duties/duty-view';
import { ManualDutiesService } from '../duties/manual-duties.service';
import { subordinateHolders } from './check-candidates';
import { DrawSpotCheckDto } from './dto/spot-checks.dto';
import { SPOT_CHECK_KIND_INFO, VERIFICATION_TEMPLATES } from './spot-check-kinds';

/**
 * Random spot checks with a recorded seed (AH（九）, BJ（二十）). duban draws 32 random bytes, ranks the eligible
 * candidates by SHA-256(`<seed>:<personId>`) and takes the first ⌈10% × N⌉ (drawSample, method `sha256-rank-v1`);
 * each drawn person becomes a verification duty issued through the one issuer. One live draw per organization,
 * kind and year; voiding one (with a reason) withdraws its open duties and allows a new draw.
 */
@Injectable()
export class SpotChecksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly manual: ManualDutiesService,
    private readonly cancellation: DutyCancellation,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  async draw(organizationId: string, dto: DrawSpotCheckDto, actorPersonId: string) {
    const m = this.dataSource.manager;
    await this.organization(organizationId);
    const info = SPOT_CHECK_KIND_INFO[dto.kind];
    const live = await m.getRepository(SpotCheckDrawEntity).findOneBy({ organizationId, kind: dto.kind, year: dto.year, voidedAt: IsNull() });
    if (live) throw alreadyDrawn(dto.year, info.label);

    const holders = await subordinateHolders(m, organizationId, info.population);
    if (holders.length === 0) throw badRequest('kind', '本组织的直接下级尚无任职人员，没有可抽查的名单');
    const exclusions: DrawExclusion[] = [];
    (dto.exclusions ?? []).forEach((e, i) => {
      if (!holders.some((h) => h.personId === e.personId)) throw badRequest(`exclusions.${i}.personId`, '不在本次抽查的名单中');
      if (exclusions.some((x) => x.personId === e.personId)) throw badRequest(`exclusions.${i}.personId`, '重复排除同一人');
      exclusions.push({ personId: e.personId, by: 'administrator', reason: e.reason });
    });
    for (const open of await this.underCheck(holders.map((h) => h.personId))) {
      if (!exclusions.some((x) => x.personId === open.personId)) exclusions.push({ personId: open.personId, by: 'rule', reason: `已有未完成的抽查核实事项：${open.title}（截止 ${open.dueDate}）` });
    }
    const seed = randomBytes(32).toString('hex');
    const result = drawSample({ seed, candidates: holders.map((h) => h.personId), excluded: exclusions.map((x) => x.personId), ratePercent: DRAW_RATE_PERCENT });
    const counterparts = result.drawn.map(({ personId }) => {
      const h = holders.find((x) => x.personId === personId)!;
      return { personId, positionId: h.positionId, organizationId: h.organizationId };
    });

    const id = randomUUID();
    const requestId = randomUUID();
    const request = { templateId: info.templateId, dueAt: dto.dueAt, counterparts, occasionKey: `${dto.year}:draw:${id}` };
    // Checked before anything is recorded: the template must be in the organization's pack.
    const plan = await planManualRequest(m, organizationId, { requestId, ...request }, this.config.timeZone);
    if ('problem' in plan) throw badRequest('kind', plan.problem.field === 'templateId' ? `本组织所用策略包没有该抽查义务（${info.templateId}）` : plan.problem.reason);

    const repo = m.getRepository(SpotCheckDrawEntity);
    const draw = await repo
      .save(
        repo.create({
          id, organizationId, kind: dto.kind, year: dto.year, templateId: info.templateId, method: DRAW_METHOD, seed, ratePercent: DRAW_RATE_PERCENT,
          candidates: holders.map(({ personId, positionId, organizationId: orgId }) => ({ personId, positionId, organizationId: orgId })),
          exclusions, drawn: result.drawn.map((d) => d.personId), dueAt: new Date(dto.dueAt), requestId, drawnByPersonId: actorPersonId, voidedAt: null, voidedByPersonId: null, voidReason: null,
        }),
      )
      .catch((error: unknown) => {
        if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw alreadyDrawn(dto.year, info.label);
        throw error;
      });
    const outcome = counterparts.length > 0 ? await this.manual.issueRequest(organizationId, request, requestId) : null;
    return { ...(await this.view(draw)), issuing: outcome ? !outcome.done : false };
  }

  /** Who a draw of this kind would draw from now, and who the rule would exclude (already under check). */
  async candidates(organizationId: string, kind: SpotCheckKind) {
    await this.organization(organizationId);
    const holders = await subordinateHolders(this.dataSource.manager, organizationId, SPOT_CHECK_KIND_INFO[kind].population);
    const open = await this.underCheck(holders.map((h) => h.personId));
    return holders.map((h) => ({ ...h, underCheck: open.find((o) => o.personId === h.personId) ?? null }));
  }

  async list(organizationId: string, year?: number) {
    await this.organization(organizationId);
    const draws = await this.dataSource.getRepository(SpotCheckDrawEntity).find({ where: { organizationId, ...(year ? { year } : {}) }, order: { createdAt: 'DESC' } });
    return Promise.all(draws.map((d) => this.view(d)));
  }

  async get(organizationId: string, drawId: string) {
    return this.view(await this.find(organizationId, drawId));
  }

  /** Re-runs the draw from its stored seed and lists (no randomness): the same people come out, or the record was altered. */
  async verify(organizationId: string, drawId: string) {
    const draw = await this.find(organizationId, drawId);
    const rerun = drawSample({ seed: draw.seed, candidates: draw.candidates.map((c) => c.personId), excluded: draw.exclusions.map((x) => x.personId), ratePercent: draw.ratePercent });
    const recomputed = rerun.drawn.map((d) => d.personId);
    return {
      drawId: draw.id,
      method: draw.method,
      seed: draw.seed,
      size: rerun.size,
      recorded: draw.drawn,
      recomputed,
      ranks: rerun.drawn,
      reproduced: draw.method === rerun.method && JSON.stringify(recomputed) === JSON.stringify(draw.drawn),
    };
  }

  async void(organizationId: string, drawId: string, reason: string, actorPersonId: string) {
    const draw = await this.find(organizationId, drawId);
    const updated = await this.dataSource.getRepository(SpotCheckDrawEntity).update({ id: draw.id, voidedAt: IsNull() }, { voidedAt: new Date(), voidedByPersonId: actorPersonId, voidReason: reason });
    if (!updated.affected) throw conflict('ALREADY_VOIDED', '该次抽查已作废');
    let cancelled = 0;
    for (const duty of await this.dutiesOf(draw)) cancelled += await this.cancellation.cancel({ dutyId: duty.id }, `抽查作废：${reason}`);
    return { ...(await this.view(await this.find(organizationId, drawId))), dutiesCancelled: cancelled };
  }

  /** People with an open verification duty (any organization): they are already under check. */
  private async underCheck(personIds: string[]) {
    if (personIds.length === 0) return [];
    const duties = await this.dataSource.getRepository(DutyEntity).find({
      where: { templateId: In(VERIFICATION_TEMPLATES), counterpartPersonId: In(personIds), status: In([...OPEN_DUTY_STATUSES]) },
      order: { dueAt: 'ASC' },
    });
    return duties.map((d) => ({ personId: d.counterpartPersonId!, title: d.title, dueDate: d.dueDate }));
  }

  private dutiesOf(draw: SpotCheckDrawEntity) {
    return this.dataSource.getRepository(DutyEntity).find({
      where: { organizationId: draw.organizationId, templateId: draw.templateId, periodKey: `${draw.year}:draw:${draw.id}` },
      relations: DUTY_VIEW_RELATIONS,
      order: { dueAt: 'ASC', createdAt: 'ASC' },
    });
  }

  private async view(draw: SpotCheckDrawEntity) {
    const ids = [...new Set([...draw.candidates.map((c) => c.personId), draw.drawnByPersonId, ...(draw.voidedByPersonId ? [draw.voidedByPersonId] : [])])];
    const [people, orgs, duties] = await Promise.all([
      this.dataSource.query(`SELECT id, name FROM people WHERE id = ANY($1::uuid[])`, [ids]) as Promise<{ id: string; name: string }[]>,
      this.dataSource.getRepository(OrganizationEntity).findBy({ id: In([...new Set(draw.candidates.map((c) => c.organizationId))]) }),
      this.dutiesOf(draw),
    ]);
    const name = (id: string | null) => (id ? (people.find((p) => p.id === id)?.name ?? null) : null);
    const info = SPOT_CHECK_KIND_INFO[draw.kind];
    return {
      id: draw.id,
      organizationId: draw.organizationId,
      kind: draw.kind,
      kindLabel: info.label,
      source: info.source,
      year: draw.year,
      templateId: draw.templateId,
      method: draw.method,
      seed: draw.seed,
      ratePercent: draw.ratePercent,
      candidates: draw.candidates.map((c) => ({ ...c, personName: name(c.personId), organizationName: orgs.find((o) => o.id === c.organizationId)?.name ?? null })),
      exclusions: draw.exclusions.map((x) => ({ ...x, personName: name(x.personId) })),
      drawn: draw.drawn.map((personId) => ({ personId, personName: name(personId) })),
      dueAt: draw.dueAt.toISOString(),
      drawnBy: { id: draw.drawnByPersonId, name: name(draw.drawnByPersonId) },
      createdAt: draw.createdAt.toISOString(),
      voided: draw.voidedAt ? { at: draw.voidedAt.toISOString(), by: { id: draw.voidedByPersonId, name: name(draw.voidedByPersonId) }, reason: draw.voidReason } : null,
      duties: duties.map((d) => toDutyView(d)),
    };
  }

  private async find(organizationId: string, drawId: string) {
    const draw = await this.dataSource.getRepository(SpotCheckDrawEntity).findOneBy({ id: drawId, organizationId });
    if (!draw) throw notFound('抽查记录', drawId);
    return draw;
  }

  private async organization(id: string) {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization) throw notFound('组织', id);
    return organization;
  }
}

const alreadyDrawn = (year: number, label: string) =>
  conflict('ALREADY_DRAWN', `本组织 ${year} 年度的${label}已经抽取过；如需重新抽取，请先由管理员作废原抽查并说明理由`);
