import { DubanConfig } from '@duban/config';
import { buildLedger, Ledger } from '@duban/domain';
import {
  HeldPosition,
  ledgerDutiesOfOrganization,
  ledgerDutiesOfPerson,
  LedgerYear,
  OrganizationEntity,
  PersonEntity,
  positionsHeldByPerson,
  teamOfOrganization,
} from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';

const positionText = (h: HeldPosition) => `${h.organizationName} ${h.title}`;

/**
 * 履责记实台账: a person's duties due in a year, or those of an organization's team (everyone who held one of its
 * positions during the year, 一把手 first), as rows with their counts (libs/domain/src/ledger).
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  currentYear(): number {
    return DateTime.now().setZone(this.config.timeZone).year;
  }

  async ofPerson(personId: string, year: number, now = new Date()): Promise<Ledger> {
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person) throw notFound('人员', personId);
    const span = this.span(year);
    const [duties, held] = await Promise.all([ledgerDutiesOfPerson(this.dataSource.manager, personId, span), positionsHeldByPerson(this.dataSource.manager, personId, span)]);
    const member = { person: { id: person.id, name: person.name }, positions: held.map(positionText), duties };
    return buildLedger({ kind: 'person', id: person.id, name: person.name }, year, [member], now);
  }

  async ofOrganization(organizationId: string, year: number, now = new Date()): Promise<Ledger> {
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw notFound('组织', organizationId);
    const span = this.span(year);
    const [duties, team] = await Promise.all([ledgerDutiesOfOrganization(this.dataSource.manager, organizationId, span), teamOfOrganization(this.dataSource.manager, organizationId, span)]);
    const members = new Map<string, { person: { id: string; name: string }; positions: string[]; duties: typeof duties }>();
    for (const h of team) {
      const member = members.get(h.personId) ?? { person: { id: h.personId, name: h.personName }, positions: [], duties: [] };
      member.positions.push(h.title);
      members.set(h.personId, member);
    }
    // A duty owed by someone no longer on the record of the team (e.g. handed over before the holdings began) still counts.
    for (const duty of duties) {
      const member = members.get(duty.responsible.id) ?? { person: duty.responsible, positions: [], duties: [] };
      member.duties.push(duty);
      members.set(duty.responsible.id, member);
    }
    return buildLedger({ kind: 'organization', id: organization.id, name: organization.name }, year, [...members.values()], now);
  }

  /** The year's calendar days and instants in the configured zone. */
  span(year: number): LedgerYear {
    const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: this.config.timeZone });
    return { firstDay: `${year}-01-01`, lastDay: `${year}-12-31`, start: start.toJSDate(), end: start.plus({ years: 1 }).toJSDate() };
  }
}
