import { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files (履职佐证材料) kept with duties, in the audit trail without their bytes. */
export class EvidenceFiles1795400200000 implements MigrationInterface {
  name = 'EvidenceFiles1795400200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "evidence_files" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "duty_id" uuid NOT NULL,
        "file_name" character varying(255) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size" integer NOT NULL,
        "sha256" character(64) NOT NULL,
        "content" bytea NOT NULL,
        "uploaded_by_person_id" uuid NOT NULL,
        "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_evidence_files" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "ix_evidence_files_duty" ON "evidence_files" ("duty_id", "uploaded_at")`);
    await q.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_evidence_files_duty" FOREIGN KEY ("duty_id") REFERENCES "duties"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_evidence_files_uploader" FOREIGN KEY ("uploaded_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`SELECT audit_enable($1::regclass, $2, $3::text[])`, ['evidence_files', 'duty:duty_id', ['content']]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT audit_disable($1::regclass)`, ['evidence_files']);
    await q.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_evidence_files_uploader"`);
    await q.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_evidence_files_duty"`);
    await q.query(`DROP INDEX "public"."ix_evidence_files_duty"`);
    await q.query(`DROP TABLE "evidence_files"`);
  }
}
