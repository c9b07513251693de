import { LEDGER_EVENT_TYPES, LedgerDutyFacts, LedgerEventFact } from '@duban/domain';
import { EntityManager } from 'typeorm';

/**
 * The facts of the 履责记实台账 (libs/domain/src/ledger): the duties a person owes that fall due in a year (not
 * cancelled), with their organization, counterpart, completion, evidence files' names and the timeline steps the
 * ledger reads; and who held positions in an organization during a year. Four queries, whatever the number of duties.
 */

/** The first and last calendar days of a year, and the instants bounding it in the zone (`[start, end)`). */
export interface LedgerYear {
  firstDay: string;
  lastDay: string;
  start: Date;
  end: Date;
}

interface DutyRow {
  id: string;
  template_id: string;
  title: string;
  citation: string;
  organization_id: string;
  organization_name: string;
  responsible_person_id: string;
  responsible_name: string;
  counterpart: string | null;
  period_label: string | null;
  due_date: string;
  due_at: Date;
  status: LedgerDutyFacts['status'];
  completed_at: Date | null;
  completion: { heldOn?: string | null; note?: string } | null;
}

const SELECT_DUTIES = `
  SELECT d.id::text, d.template_id, d.title, d.citation, d.organization_id::text, o.name AS organization_name,
         d.responsible_person_id::text, rp.name AS responsible_name,
         NULLIF(concat_ws(' ', co.name, cp.name), '') AS counterpart,
         d.period_label, d.due_date::text AS due_date, d.due_at, d.status, d.completed_at, d.completion
    FROM duties d
    JOIN organizations o ON o.id = d.organization_id
    JOIN people rp ON rp.id = d.responsible_person_id
    LEFT JOIN organizations co ON co.id = d.counterpart_organization_id
    LEFT JOIN people cp ON cp.id = d.counterpart_person_id`;

const IN_YEAR = `d.due_date >= $2::date AND d.due_date <= $3::date AND d.status <> 'cancelled'`;
const ORDER = `ORDER BY d.due_date, d.title, d.id`;

/** The duties the person owes, due in the year. */
export async function ledgerDutiesOfPerson(manager: EntityManager, personId: string, year: LedgerYear): Promise<LedgerDutyFacts[]> {
  const rows: DutyRow[] = await manager.query(`${SELECT_DUTIES} WHERE d.responsible_person_id = $1 AND ${IN_YEAR} ${ORDER}`, [personId, year.firstDay, year.lastDay]);
  return withDetails(manager, rows);
}

/** The duties owed by the organization's leaders (its own duties, whoever owes them), due in the year. */
export async function ledgerDutiesOfOrganization(manager: EntityManager, organizationId: string, year: LedgerYear): Promise<LedgerDutyFacts[]> {
  const rows: DutyRow[] = await manager.query(`${SELECT_DUTIES} WHERE d.organization_id = $1 AND ${IN_YEAR} ${ORDER}`, [organizationId, year.firstDay, year.lastDay]);
  return withDetails(manager, rows);
}

export interface HeldPosition {
  personId: string;
  personName: string;
  organizationName: string;
  title: string;
}

const HELD = `
  SELECT DISTINCT h.person_id::text AS "personId", p.name AS "personName", o.name AS "organizationName", pos.title,
         pos.role = 'principal' AS principal, min(h.started_at) OVER (PARTITION BY h.person_id) AS first_start
    FROM position_holdings h
    JOIN positions pos ON pos.id = h.position_id
    JOIN organizations o ON o.id = pos.organization_id
    JOIN people p ON p.id = h.person_id
   WHERE h.started_at < $3 AND (h.ended_at IS NULL OR h.ended_at > $2)`;

/** Positions the person held at some moment of the year. */
export async function positionsHeldByPerson(manager: EntityManager, personId: string, year: LedgerYear): Promise<HeldPosition[]> {
  return manager.query(`SELECT "personId", "personName", "organizationName", title FROM (${HELD} AND h.person_id = $1) x ORDER BY principal DESC, "organizationName", title`, [
    personId,
    year.start,
    year.end,
  ]);
}

/** The organization's team in the year: everyone who held one of its positions at some moment of it, 一把手 first. */
export async function teamOfOrganization(manager: EntityManager, organizationId: string, year: LedgerYear): Promise<HeldPosition[]> {
  return manager.query(`SELECT "personId", "personName", "organizationName", title FROM (${HELD} AND pos.organization_id = $1) x ORDER BY principal DESC, first_start, "personId", title`, [
    organizationId,
    year.start,
    year.end,
  ]);
}

async function withDetails(manager: EntityManager, rows: DutyRow[]): Promise<LedgerDutyFacts[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const events: { duty_id: string; type: LedgerEventFact['type']; at: Date; data: Record<string, unknown> }[] = await manager.query(
    // An extension granted on request carries the request's id: the leader's reason for asking is the request's.
    `SELECT e.duty_id::text, e.type, e.at,
            CASE WHEN er.reason IS NULL THEN e.data ELSE e.data || jsonb_build_object('requestReason', er.reason) END AS data
       FROM duty_events e
       LEFT JOIN extension_requests er ON e.type = 'extended' AND er.id::text = e.data ->> 'requestId'
      WHERE e.duty_id = ANY($1::uuid[]) AND e.type = ANY($2::text[])
      ORDER BY e.at, e.id`,
    [ids, LEDGER_EVENT_TYPES],
  );
  const files: { duty_id: string; file_name: string }[] = await manager.query(
    `SELECT duty_id::text, file_name FROM evidence_files WHERE duty_id = ANY($1::uuid[]) ORDER BY uploaded_at, id`,
    [ids],
  );
  return rows.map((r) => ({
    dutyId: r.id,
    templateId: r.template_id,
    title: r.title,
    citation: r.citation,
    organization: { id: r.organization_id, name: r.organization_name },
    responsible: { id: r.responsible_person_id, name: r.responsible_name },
    counterpart: r.counterpart,
    periodLabel: r.period_label,
    dueDate: r.due_date,
    dueAt: r.due_at.toISOString(),
    status: r.status,
    completedAt: r.completed_at?.toISOString() ?? null,
    completion: r.completion ? { heldOn: r.completion.heldOn ?? null, note: r.completion.note ?? '' } : null,
    evidenceFiles: files.filter((f) => f.duty_id === r.id).map((f) => f.file_name),
    events: events.filter((e) => e.duty_id === r.id).map((e) => ({ type: e.type, at: e.at.toISOString(), data: e.data })),
  }));
}
