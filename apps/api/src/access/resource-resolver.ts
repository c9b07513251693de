import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ancestorChainSql } from '@duban/persistence';
import { notFound } from '../common/errors/duban.exception';
import { AccessTarget } from './access.policy';
import { ResourceKind } from './access.decorators';
import { PLACEMENTS, RIGHTS } from './placement-sql';

const LABELS: Record<ResourceKind, string> = {
  organization: '组织',
  position: '职位',
  person: '人员',
  duty: '事项',
  escalation: '升级建议',
  extension: '延期申请',
  warningNotice: '预警函',
  appointment: '任免记录',
  incident: '事件',
  reminderLetter: '履责提醒函',
  evidence: '佐证材料',
  rectification: '整改事项',
};

/** Records that belong to an organization through a column of their own. */
const ORGANIZATION_OF: Partial<Record<ResourceKind, string>> = {
  appointment: `SELECT organization_id FROM appointments WHERE id = $1`,
  incident: `SELECT organization_id FROM incidents WHERE id = $1`,
  reminderLetter: `SELECT organization_id FROM reminder_letters WHERE id = $1`,
  rectification: `SELECT organization_id FROM rectifications WHERE id = $1`,
};

/** The duty behind each duty-bound record. */
const DUTY_OF: Partial<Record<ResourceKind, string>> = {
  duty: `SELECT $1::uuid AS duty_id`,
  escalation: `SELECT duty_id FROM escalation_proposals WHERE id = $1`,
  extension: `SELECT duty_id FROM extension_requests WHERE id = $1`,
  warningNotice: `SELECT duty_id FROM warning_notices WHERE id = $1`,
  evidence: `SELECT duty_id FROM evidence_files WHERE id = $1`,
};

/** Ancestors of an organization, nearest first, as an array. */
const CHAIN = ancestorChainSql;

/**
 * Finds the record a request is about and what the policy needs of it: its organization's chain, and for
 * a duty who owes it and who is its counterpart. An unknown record is 404, the same answer as one out of
 * scope, so that nobody learns which records exist.
 */
@Injectable()
export class ResourceResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async resolve(kind: ResourceKind, id: string): Promise<AccessTarget> {
    const target = await this.find(kind, id);
    if (!target) throw this.notFound(kind, id);
    return target;
  }

  /** The answer for a record out of scope: word for word the answer for one that does not exist. */
  notFound(kind: ResourceKind, id: string): Error {
    return notFound(LABELS[kind], id);
  }

  private async find(kind: ResourceKind, id: string): Promise<AccessTarget | null> {
    const q = <T>(sql: string) => this.dataSource.query(sql, [id]) as Promise<T[]>;
    if (kind === 'organization') {
      const [row] = await q<{ chain: string[] | null }>(`SELECT ${CHAIN('$1')} AS chain`);
      return row?.chain ? { kind: 'organization', chain: row.chain } : null;
    }
    if (kind === 'position') {
      const [row] = await q<{ chain: string[] }>(`SELECT ${CHAIN('p.organization_id')} AS chain FROM positions p WHERE p.id = $1`);
      return row ? { kind: 'organization', chain: row.chain } : null;
    }
    if (ORGANIZATION_OF[kind]) {
      const [row] = await q<{ chain: string[] }>(`SELECT ${CHAIN('r.organization_id')} AS chain FROM (${ORGANIZATION_OF[kind]}) r`);
      return row ? { kind: 'organization', chain: row.chain } : null;
    }
    if (kind === 'person') {
      const chains = (organizations: string) => `(SELECT coalesce(json_agg(${CHAIN('o.organization_id')}), '[]') FROM ${organizations} AS o(organization_id))`;
      const [row] = await q<{ placements: string[][]; rights: string[][]; system_admin: boolean }>(
        `SELECT ${chains(PLACEMENTS('x.id'))} AS placements, ${chains(RIGHTS('x.id'))} AS rights,
                EXISTS (SELECT 1 FROM users u WHERE u.person_id = x.id AND u.system_admin) AS system_admin
           FROM people x WHERE x.id = $1`,
      );
      return row ? { kind: 'person', personId: id, placements: row.placements, rights: row.rights, systemAdmin: row.system_admin } : null;
    }
    const [row] = await q<{ chain: string[]; responsible: string; counterpart: string | null }>(
      `SELECT ${CHAIN('d.organization_id')} AS chain, d.responsible_person_id AS responsible, d.counterpart_person_id AS counterpart
         FROM duties d WHERE d.id = (${DUTY_OF[kind]})`,
    );
    return row ? { kind: 'duty', chain: row.chain, responsiblePersonId: row.responsible, counterpartPersonId: row.counterpart } : null;
  }
}
