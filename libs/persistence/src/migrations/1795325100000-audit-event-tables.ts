import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables of event-driven duties (appointments, incidents, division changes, reminder letters) join the audit trail. */
const TABLES: [string, string, string[]][] = [
  ['appointments', 'column:organization_id', []],
  ['incidents', 'column:organization_id', []],
  ['division_changes', 'column:organization_id', []],
  ['reminder_letters', 'column:organization_id', ['pdf']],
];

export class AuditEventTables1795325100000 implements MigrationInterface {
  name = 'AuditEventTables1795325100000';

  public async up(q: QueryRunner): Promise<void> {
    for (const [table, orgRef, excluded] of TABLES) await q.query(`SELECT audit_enable($1::regclass, $2, $3::text[])`, [table, orgRef, excluded]);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of [...TABLES].reverse()) await q.query(`SELECT audit_disable($1::regclass)`, [table]);
  }
}
