import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evidence bytes may live outside Postgres (an S3-compatible store, EVIDENCE_STORE=s3): each file records which
 * store holds it (so files stay readable after the setting changes) and, for an object store, its key; the
 * content column then stays empty.
 */
export class EvidenceStore1795400340000 implements MigrationInterface {
  name = 'EvidenceStore1795400340000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "evidence_files" ADD "store" character varying(16) NOT NULL DEFAULT 'postgres'`);
    await q.query(`ALTER TABLE "evidence_files" ADD "object_key" character varying(300)`);
    await q.query(`ALTER TABLE "evidence_files" ALTER COLUMN "content" DROP NOT NULL`);
    await q.query(`
      ALTER TABLE "evidence_files" ADD CONSTRAINT "CHK_evidence_files_store" CHECK (
        ("store" = 'postgres' AND "content" IS NOT NULL AND "object_key" IS NULL)
        OR ("store" = 's3' AND "content" IS NULL AND "object_key" IS NOT NULL)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    // Files whose bytes are in an object store cannot come back into a NOT NULL content column: refuse rather than lose them.
    const [{ count }] = await q.query(`SELECT count(*)::int AS count FROM "evidence_files" WHERE "store" <> 'postgres'`);
    if (count > 0) throw new Error(`${count} 份佐证材料存于对象存储，回退前请先迁回 Postgres`);
    await q.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "CHK_evidence_files_store"`);
    await q.query(`ALTER TABLE "evidence_files" ALTER COLUMN "content" SET NOT NULL`);
    await q.query(`ALTER TABLE "evidence_files" DROP COLUMN "object_key"`);
    await q.query(`ALTER TABLE "evidence_files" DROP COLUMN "store"`);
  }
}
