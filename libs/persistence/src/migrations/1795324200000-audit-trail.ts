import { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDITED_TABLES, GENESIS_HASH } from '../audit/audit-tables';

/**
 * The tamper-evident audit trail, in the database so that nothing escapes it:
 *
 * - `audit_record()` (AFTER ROW trigger on each audited table) appends who (`duban.actor`, a
 *   transaction- or session-local setting; `system` when unset), what, before and after.
 * - `audit_seal()` (a DEFERRED constraint trigger on audit_log) gives each new entry, at commit and in
 *   commit order, its `seq`, `prev_hash` and `hash = sha256(prev_hash | canonical text)`. The chain head
 *   is locked only from commit to commit's end, so writers never deadlock on it.
 * - `audit_append_only()` refuses UPDATE, DELETE and TRUNCATE (except sealing inside the trigger).
 * - The recording functions run as their owner (SECURITY DEFINER): an application role granted only
 *   SELECT on audit_log can neither forge nor alter entries (see docs/deployment.md).
 */
export class AuditTrail1795324200000 implements MigrationInterface {
  name = 'AuditTrail1795324200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_chain_head (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        seq bigint NOT NULL,
        hash character(64) NOT NULL
      )`);
    await q.query(`INSERT INTO audit_chain_head (seq, hash) VALUES (0, $1)`, [GENESIS_HASH]);

    // The canonical text of an entry; the verifier (libs/persistence/src/audit/audit-chain.ts) builds the same.
    await q.query(`
      CREATE FUNCTION audit_canonical(e audit_log) RETURNS text LANGUAGE sql STABLE AS $$
        SELECT e.seq::text || '|' || to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '|' || e.actor || '|' || e.action
          || '|' || e.table_name || '|' || coalesce(e.row_id, '') || '|' || coalesce(e.organization_id::text, '')
          || '|' || coalesce(e.before::text, '') || '|' || coalesce(e.after::text, '')
      $$`);

    await q.query(`
      CREATE FUNCTION audit_record() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE
        org_ref text := TG_ARGV[0];
        excluded text[] := coalesce(TG_ARGV[1], '{}')::text[];
        old_row jsonb;
        new_row jsonb;
        subject jsonb;
        org uuid;
        ref_column text := split_part(org_ref, ':', 2);
      BEGIN
        IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD) - excluded; END IF;
        IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW) - excluded; END IF;
        IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
        subject := coalesce(new_row, old_row);
        IF org_ref = 'self' THEN
          org := (subject ->> 'id')::uuid;
        ELSIF org_ref LIKE 'column:%' THEN
          org := (subject ->> ref_column)::uuid;
        ELSIF org_ref LIKE 'duty:%' THEN
          SELECT d.organization_id INTO org FROM duties d WHERE d.id = (subject ->> ref_column)::uuid;
        ELSIF org_ref LIKE 'position:%' THEN
          SELECT p.organization_id INTO org FROM positions p WHERE p.id = (subject ->> ref_column)::uuid;
        END IF;
        INSERT INTO audit_log (actor, action, table_name, row_id, organization_id, before, after)
        VALUES (coalesce(nullif(current_setting('duban.actor', true), ''), 'system'), lower(TG_OP), TG_TABLE_NAME,
                subject ->> 'id', org, old_row, new_row);
        RETURN NULL;
      END $$`);

    await q.query(`
      CREATE FUNCTION audit_seal() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
      DECLARE
        head audit_chain_head;
        e audit_log := NEW;
      BEGIN
        SELECT * INTO head FROM audit_chain_head FOR UPDATE;
        e.seq := head.seq + 1;
        e.prev_hash := head.hash;
        e.hash := encode(sha256(convert_to(e.prev_hash || '|' || audit_canonical(e), 'UTF8')), 'hex');
        UPDATE audit_log SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
        UPDATE audit_chain_head SET seq = e.seq, hash = e.hash;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER audit_seal AFTER INSERT ON audit_log
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_seal()`);

    await q.query(`
      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
          -- Sealing (inside audit_seal): only an unsealed entry, and only its chain columns.
          IF OLD.hash IS NULL AND (to_jsonb(NEW) - '{seq,prev_hash,hash}'::text[]) = (to_jsonb(OLD) - '{seq,prev_hash,hash}'::text[]) THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION '审计日志只能追加，不能修改、删除或清空（%）', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_append_only()`);
    await q.query(`CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`);
    await q.query(`CREATE TRIGGER audit_head_fixed BEFORE DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_append_only()`);
    await q.query(`CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log, audit_chain_head FROM PUBLIC`);

    // The generic switch: future migrations audit a new table with one call.
    await q.query(`
      CREATE FUNCTION audit_enable(target regclass, org_ref text, excluded text[] DEFAULT '{}') RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('CREATE TRIGGER audit_record AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION audit_record(%L, %L)',
                       target, org_ref, excluded::text);
      END $$`);
    await q.query(`
      CREATE FUNCTION audit_disable(target regclass) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE format('DROP TRIGGER IF EXISTS audit_record ON %s', target);
      END $$`);
    for (const { table, orgRef, excluded } of AUDITED_TABLES) {
      await q.query(`SELECT audit_enable($1::regclass, $2, $3::text[])`, [table, orgRef, excluded ?? []]);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...AUDITED_TABLES].reverse()) await q.query(`SELECT audit_disable($1::regclass)`, [table]);
    await q.query(`DROP FUNCTION audit_disable(regclass)`);
    await q.query(`DROP FUNCTION audit_enable(regclass, text, text[])`);
    await q.query(`DROP TRIGGER audit_head_no_truncate ON audit_chain_head`);
    await q.query(`DROP TRIGGER audit_head_fixed ON audit_chain_head`);
    await q.query(`DROP TRIGGER audit_no_truncate ON audit_log`);
    await q.query(`DROP TRIGGER audit_append_only ON audit_log`);
    await q.query(`DROP FUNCTION audit_append_only()`);
    await q.query(`DROP TRIGGER audit_seal ON audit_log`);
    await q.query(`DROP FUNCTION audit_seal()`);
    await q.query(`DROP FUNCTION audit_record()`);
    await q.query(`DROP FUNCTION audit_canonical(audit_log)`);
    await q.query(`DROP TABLE audit_chain_head`);
  }
}
