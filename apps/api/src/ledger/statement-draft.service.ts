import { DubanConfig } from '@duban/config';
import { citationsOfDuty, ledgerWithout, RECTIFICATION_ESCALATION_LABELS, RECTIFICATION_SOURCE_LABELS, rectificationStatusLabel, statementSections, yearOf } from '@duban/domain';
import { renderStatementDraftDocx } from '@duban/notifications';
import { DutyEntity, RectificationEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { attachmentDisposition } from '../preview/preview-columns';
import { LedgerService } from './ledger.service';

export const STATEMENT_TEMPLATE = 'accountability-statement';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The 述责述廉报告初稿 of an `accountability-statement` duty, pre-filled from the responsible leader's ledger of the
 * year the duty reports on (its period's year: a report due in January is about the year before).
 */
@Injectable()
export class StatementDraftService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly ledgers: LedgerService,
  ) {}

  async draft(dutyId: string): Promise<{ body: Buffer; contentType: string; disposition: string }> {
    const duty = await this.dataSource.getRepository(DutyEntity).findOne({ where: { id: dutyId }, relations: { organization: true, responsiblePerson: true } });
    if (!duty) throw notFound('事项', dutyId);
    if (duty.templateId !== STATEMENT_TEMPLATE) throw conflict('NOT_A_STATEMENT', `该事项不是述责述廉事项，没有报告初稿：${duty.title}`);
    const zone = this.config.timeZone;
    const year = yearOf(duty.periodStart ?? new Date(`${duty.dueDate}T12:00:00Z`), zone);
    // The report accounts for the year's other duties, not for itself.
    const ledger = ledgerWithout(await this.ledgers.ofPerson(duty.responsiblePersonId, year), duty.id);
    const regimes = [...new Set(citationsOfDuty(duty.templateId, duty.citation).map((c) => c.regime))];
    const body = await renderStatementDraftDocx({
      year,
      person: { name: duty.responsiblePerson?.name ?? ledger.subject.name },
      organization: { name: duty.organization?.name ?? '' },
      positions: ledger.members[0]?.positions ?? [],
      duty: { title: duty.title, citation: duty.citation, dueDate: duty.dueDate },
      sections: statementSections(regimes),
      ledger,
      rectifications: await this.rectificationsOf(duty.organizationId, year),
      zone,
    });
    const name = ledger.subject.name.replace(/[\\/:*?"<>|\s]+/g, '_');
    return { body, contentType: DOCX_TYPE, disposition: attachmentDisposition({ utf8: `${year}年度述责述廉报告（初稿）-${name}.docx`, ascii: `statement-draft-${year}.docx` }) };
  }

  /** The organization's rectifications found by the end of the year and not closed before it began (整改台账). */
  private async rectificationsOf(organizationId: string, year: number) {
    const rows = await this.dataSource
      .getRepository(RectificationEntity)
      .createQueryBuilder('r')
      .where('r.organization_id = :organizationId', { organizationId })
      .andWhere(`r.status <> 'cancelled'`)
      .andWhere('r.found_on <= :end', { end: `${year}-12-31` })
      .andWhere('(r.closed_on IS NULL OR r.closed_on >= :start)', { start: `${year}-01-01` })
      .orderBy('r.found_on', 'ASC')
      .getMany();
    return rows.map((r) => ({
      sourceLabel: RECTIFICATION_SOURCE_LABELS[r.source],
      description: r.description,
      foundOn: r.foundOn,
      deadline: r.deadline,
      statusLabel: rectificationStatusLabel(r.kind, r.status),
      returns: r.returnsThisRound,
      escalationLabel: r.escalation ? RECTIFICATION_ESCALATION_LABELS[r.escalation] : null,
    }));
  }
}
