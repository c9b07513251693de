import { DubanConfig } from '@duban/config';
import { subtreeSql, verifyAuditChain } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { PLACEMENTS } from '../access/placement-sql';
import { badRequest } from '../common/errors/duban.exception';
import { csvFile } from '../common/exports/spreadsheet';
import { DUBAN_CONFIG } from '../config/config.module';
import { AuditExportQuery, AuditListQuery } from './dto/audit-export.dto';

const EXPORT_LIMIT = 100_000;
const COLUMNS = ['序号', '时间', '操作人', '操作人姓名', '动作', '数据表', '记录', '组织', '变更前', '变更后', '哈希'];
const ACTIONS: Record<string, string> = { insert: '新增', update: '修改', delete: '删除' };

/** The person an account change is about: the row of `people`, or the `person_id` of a row of `users`. */
const SUBJECT_PERSON = `CASE a.table_name WHEN 'people' THEN a.row_id::uuid
                        ELSE coalesce(a.after ->> 'person_id', a.before ->> 'person_id')::uuid END`;

const SELECT_ENTRIES = `WITH tree AS ${subtreeSql('$1', 'include')}
       SELECT a.seq::text, a.at, a.actor, p.name AS actor_name, a.action, a.table_name, a.row_id,
              coalesce(org.name, '（全系统）') AS organization, a.before::text, a.after::text, a.hash
         FROM audit_log a
         LEFT JOIN people p ON a.actor LIKE 'person:%' AND p.id::text = substr(a.actor, 8)
         LEFT JOIN organizations org ON org.id = a.organization_id`;

@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
  ) {}

  verify() {
    return verifyAuditChain(this.dataSource.manager);
  }

  /**
   * The entries about an organization's subtree in a period, as CSV with a BOM (Excel reads it as UTF-8).
   * Changes to people and their logins carry no organization of their own: they belong to the subtrees where
   * the person is placed (positions now or before, grants, registration). Without an organization (system
   * administrators only), every entry.
   */
  async exportCsv(query: AuditExportQuery): Promise<{ filename: string; csv: Buffer }> {
    const zone = this.config.timeZone;
    const { where, params } = this.scope(query);
    const rows: Record<string, string | null>[] = await this.dataSource.query(`${SELECT_ENTRIES} ${where} ORDER BY a.seq LIMIT $4`, [...params, EXPORT_LIMIT]);
    const records = rows.map((r) => [
      r.seq,
      DateTime.fromJSDate(r.at as unknown as Date, { zone }).toISO(),
      r.actor,
      r.actor_name,
      ACTIONS[r.action!] ?? r.action,
      r.table_name,
      r.row_id,
      r.organization,
      r.before,
      r.after,
      r.hash,
    ]);
    return { filename: `审计日志-${query.from}-${query.to}.csv`, csv: csvFile([COLUMNS, ...records]) };
  }

  /** The same entries as the export, newest first, a page at a time (the console's audit log). */
  async list(query: AuditListQuery) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const { where, params } = this.scope(query);
    const [{ total }]: { total: string }[] = await this.dataSource.query(`WITH tree AS ${subtreeSql('$1', 'include')} SELECT count(*)::text AS total FROM audit_log a ${where}`, params);
    const rows: Record<string, string | null>[] = await this.dataSource.query(`${SELECT_ENTRIES} ${where} ORDER BY a.seq DESC LIMIT $4 OFFSET $5`, [...params, pageSize, (page - 1) * pageSize]);
    const zone = this.config.timeZone;
    return {
      items: rows.map((r) => ({
        seq: r.seq,
        at: DateTime.fromJSDate(r.at as unknown as Date, { zone }).toISO(),
        actor: r.actor,
        actorName: r.actor_name,
        action: r.action,
        actionLabel: ACTIONS[r.action!] ?? r.action,
        table: r.table_name,
        rowId: r.row_id,
        organization: r.organization,
        before: r.before,
        after: r.after,
      })),
      total: Number(total),
      page,
      pageSize,
    };
  }

  /** The period (whole days in the configured zone) and the organization's subtree, as SQL ($1 organization, $2 from, $3 to). */
  private scope(query: AuditExportQuery): { where: string; params: unknown[] } {
    const zone = this.config.timeZone;
    const from = DateTime.fromISO(query.from, { zone }).startOf('day');
    const to = DateTime.fromISO(query.to, { zone }).plus({ days: 1 }).startOf('day');
    if (to <= from) throw badRequest('to', '不能早于 from');
    const where = `WHERE a.at >= $2 AND a.at < $3
          AND ($1::uuid IS NULL
               OR a.organization_id IN (SELECT id FROM tree)
               OR (a.table_name IN ('people', 'users')
                   AND EXISTS (SELECT 1 FROM ${PLACEMENTS(SUBJECT_PERSON)} AS placed(organization_id) WHERE placed.organization_id IN (SELECT id FROM tree))))`;
    return { where, params: [query.organizationId ?? null, from.toJSDate(), to.toJSDate()] };
  }
}
