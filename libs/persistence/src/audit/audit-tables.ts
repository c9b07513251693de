/**
 * The tables whose every change the audit trail records, and how each row finds its organization
 * (for exports by subtree). `orgRef`: `self` (the row is an organization), `column:<name>` (a column of
 * the row), `duty:<column>` / `position:<column>` (through the duty or position the row points at), or
 * `none`. `excluded`: columns never copied into the log (secrets, large binaries).
 *
 * This list is read by the audit-trail migration itself; once that migration has landed, a table added later
 * is audited by a migration of its own calling `SELECT audit_enable('<table>', '<orgRef>')` (and listed here).
 */
export interface AuditedTable {
  table: string;
  orgRef: string;
  excluded?: string[];
}

export const AUDITED_TABLES: readonly AuditedTable[] = [
  { table: 'organizations', orgRef: 'self' },
  { table: 'people', orgRef: 'none' },
  { table: 'positions', orgRef: 'column:organization_id' },
  { table: 'position_holdings', orgRef: 'position:position_id' },
  { table: 'organization_administrators', orgRef: 'column:organization_id' },
  // Dropped by the migration OneDutyKey (the legacy obligation switch); kept here because the audit-trail migration reads this list.
  { table: 'obligation_activations', orgRef: 'column:organization_id' },
  { table: 'duties', orgRef: 'column:organization_id' },
  { table: 'escalation_proposals', orgRef: 'duty:duty_id' },
  { table: 'extension_requests', orgRef: 'duty:duty_id' },
  { table: 'warning_notices', orgRef: 'duty:duty_id', excluded: ['pdf'] },
  { table: 'users', orgRef: 'none', excluded: ['password_hash'] },
  { table: 'organization_settings', orgRef: 'column:organization_id' },
  { table: 'obligation_overrides', orgRef: 'column:organization_id' },
  { table: 'calendar_years', orgRef: 'none' },
];

/** The hash of "nothing before": the first entry's prev_hash. */
export const GENESIS_HASH = '0'.repeat(64);
