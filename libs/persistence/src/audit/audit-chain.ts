import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { GENESIS_HASH } from './audit-tables';

export interface BrokenEntry {
  /** The chain position where the break is found (for a deleted entry: the missing position). */
  seq: string;
  /** The stored entry at that place, when there is one. */
  id: string | null;
  reason: string;
}

export interface ChainVerification {
  ok: boolean;
  /** Entries checked. */
  entries: number;
  lastSeq: string;
  firstBroken: BrokenEntry | null;
}

interface Row {
  id: string;
  seq: string | null;
  at: string;
  actor: string;
  action: string;
  table_name: string;
  row_id: string | null;
  organization_id: string | null;
  before: string | null;
  after: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** The text an entry's hash covers, exactly as `audit_canonical()` in the database builds it. */
export function canonicalText(e: Omit<Row, 'id' | 'prev_hash' | 'hash'>): string {
  return [e.seq ?? '', e.at, e.actor, e.action, e.table_name, e.row_id ?? '', e.organization_id ?? '', e.before ?? '', e.after ?? ''].join('|');
}

export function entryHash(prevHash: string, canonical: string): string {
  return createHash('sha256').update(`${prevHash}|${canonical}`, 'utf8').digest('hex');
}

/**
 * Walks the whole chain in order and recomputes every hash here, in Node (the stored values are read as
 * text: jsonb's text form is canonical). Names the first entry that was edited, removed or forged.
 */
export async function verifyAuditChain(manager: EntityManager, batch = 2000): Promise<ChainVerification> {
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  const broken = (seq: bigint | string, id: string | null, reason: string): ChainVerification => ({
    ok: false,
    entries,
    lastSeq: String(expectedSeq - 1n),
    firstBroken: { seq: String(seq), id, reason },
  });

  const unsealed: { id: string }[] = await manager.query(`SELECT id::text FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT 1`);
  for (;;) {
    const rows: Row[] = await manager.query(
      `SELECT a.id::text, a.seq::text, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at, a.actor, a.action, a.table_name,
              a.row_id, a.organization_id::text, a.before::text, a.after::text, a.prev_hash, a.hash
         FROM audit_log a WHERE a.seq >= $1 ORDER BY a.seq LIMIT $2`,
      [String(expectedSeq), batch],
    );
    for (const row of rows) {
      if (BigInt(row.seq!) !== expectedSeq) return broken(expectedSeq, null, `第 ${expectedSeq} 条缺失（被删除），其后为第 ${row.seq} 条`);
      if (row.prev_hash !== prevHash) return broken(expectedSeq, row.id, '前一条的哈希与记录的 prev_hash 不符（前面的条目被改动或删除）');
      if (row.hash !== entryHash(prevHash, canonicalText(row))) return broken(expectedSeq, row.id, '内容与哈希不符（该条目被改动）');
      prevHash = row.hash;
      expectedSeq += 1n;
      entries += 1;
    }
    if (rows.length < batch) break;
  }
  const [head]: { seq: string; hash: string }[] = await manager.query(`SELECT seq::text, hash FROM audit_chain_head`);
  if (head && BigInt(head.seq) !== expectedSeq - 1n) return broken(expectedSeq, null, `链尾缺失：链头记录到第 ${head.seq} 条，实际只有 ${expectedSeq - 1n} 条`);
  if (head && head.hash !== prevHash) return broken(expectedSeq - 1n, null, '链头哈希与最后一条不符');
  if (unsealed.length > 0) return broken('0', unsealed[0].id, '存在未封存（无序号、无哈希）的条目');
  return { ok: true, entries, lastSeq: String(expectedSeq - 1n), firstBroken: null };
}
