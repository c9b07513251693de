import { calendarDate } from '@duban/domain';
import { renderWarningNoticePdf } from '@duban/notifications';
import { EscalationProposalEntity, nextDocumentNumber, OrganizationEntity, WarningNoticeEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { DutyContext } from '../duties/duty-context';

/**
 * Issues the numbered warning notice (预警函) of an escalation that went out, with its PDF; once per
 * proposal. Numbers run per calendar year (see nextDocumentNumber): 督办预警〔2027〕第 N 号.
 */
export async function issueWarningNotice(
  manager: EntityManager,
  ctx: DutyContext,
  proposal: EscalationProposalEntity,
  target: OrganizationEntity | null,
  decision: { kind: 'approved'; deciderName: string } | { kind: 'auto'; decidesBy: string },
  timeZone: string,
): Promise<WarningNoticeEntity> {
  const existing = await manager.getRepository(WarningNoticeEntity).findOneBy({ proposalId: proposal.id });
  if (existing) return existing;
  const issuedOn = calendarDate(new Date(), timeZone);
  const { year, seq, number } = await nextDocumentNumber(manager, 'warning-notice', Number(issuedOn.slice(0, 4)));
  const overdueDays = Math.max(0, Math.floor((Date.now() - ctx.duty.dueAt.getTime()) / 86_400_000));
  const pdf = await renderWarningNoticePdf({
    number,
    issuedOn,
    issuer: `${ctx.organization.name}纪委`,
    recipientOrganization: target?.name ?? '上级党组织',
    responsibleOrganization: ctx.organization.name,
    responsibleName: ctx.responsible.name,
    title: ctx.duty.title,
    counterpart: ctx.fields.counterpart,
    dueDate: ctx.fields.dueDate,
    overdueDays,
    citation: ctx.duty.citation,
    decision,
  });
  return manager.getRepository(WarningNoticeEntity).save({
    dutyId: ctx.duty.id,
    proposalId: proposal.id,
    year,
    seq,
    number,
    recipientOrganizationId: target?.id ?? null,
    pdf,
  });
}
