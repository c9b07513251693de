import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One way to issue duties: the legacy obligation switch and its activations are gone. A duty's template is
 * `template_id` (what `obligation_id` always held), and every duty has one key — organization, template,
 * period, responsible seat, counterpart — whichever path issued it (see dutyDedupeKey). Existing keys are
 * recomputed the same way; a legacy duty that now collides with a cycle's keeps its key with a suffix, so
 * nothing is lost.
 */
export class OneDutyKey1795400100000 implements MigrationInterface {
  name = 'OneDutyKey1795400100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "duties" RENAME COLUMN "obligation_id" TO "template_id"`);
    await q.query(`ALTER TABLE "duties" DROP CONSTRAINT "FK_2f0cfcb8b06b04edf85a67d3c5a"`);
    await q.query(`ALTER TABLE "duties" DROP COLUMN "activation_id"`);
    await q.query(`DROP INDEX "public"."uq_duties_dedupe"`);
    await q.query(`
      WITH keyed AS (
        SELECT id, organization_id::text || ':' || template_id || ':' || period_key || ':' || responsible_position_id::text
                   || ':' || coalesce(counterpart_organization_id::text, '-') || ':' || coalesce(counterpart_position_id::text, '-') AS full_key,
               created_at
          FROM duties
      ), shortened AS (
        SELECT id, created_at,
               CASE WHEN length(full_key) <= 200 THEN full_key
                    ELSE split_part(full_key, ':', 1) || ':' || encode(sha256(convert_to(full_key, 'UTF8')), 'hex') END AS key
          FROM keyed
      ), ranked AS (
        SELECT id, key, row_number() OVER (PARTITION BY key ORDER BY created_at, id) AS n FROM shortened
      )
      UPDATE duties d SET dedupe_key = CASE WHEN r.n = 1 THEN r.key ELSE left(r.key, 150) || ':legacy:' || d.id::text END
        FROM ranked r WHERE r.id = d.id`);
    await q.query(`CREATE UNIQUE INDEX "uq_duties_dedupe" ON "duties" ("dedupe_key")`);
    await q.query(`DROP TABLE "obligation_activations"`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "obligation_activations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "obligation_id" character varying(64) NOT NULL,
        "year" integer NOT NULL,
        "policy" jsonb NOT NULL,
        "due_at_override" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_148328d1c53c769742d4dc0deb1" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_obligation_activations" ON "obligation_activations" ("organization_id", "obligation_id", "year")`);
    await q.query(
      `ALTER TABLE "obligation_activations" ADD CONSTRAINT "FK_6ac0c8a13f3bd9a153cc6acaca3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `INSERT INTO obligation_activations (organization_id, obligation_id, year, policy)
       SELECT DISTINCT ON (organization_id, template_id, extract(year FROM coalesce(period_start, due_at))::int)
              organization_id, template_id, extract(year FROM coalesce(period_start, due_at))::int, policy
         FROM duties ORDER BY organization_id, template_id, extract(year FROM coalesce(period_start, due_at))::int, created_at`,
    );
    await q.query(`ALTER TABLE "duties" ADD "activation_id" uuid`);
    await q.query(
      `UPDATE duties d SET activation_id = a.id FROM obligation_activations a
        WHERE a.organization_id = d.organization_id AND a.obligation_id = d.template_id AND a.year = extract(year FROM coalesce(d.period_start, d.due_at))::int`,
    );
    await q.query(`ALTER TABLE "duties" ALTER COLUMN "activation_id" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "duties" ADD CONSTRAINT "FK_2f0cfcb8b06b04edf85a67d3c5a" FOREIGN KEY ("activation_id") REFERENCES "obligation_activations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "duties" RENAME COLUMN "template_id" TO "obligation_id"`);
    await q.query(`SELECT audit_enable('obligation_activations'::regclass, 'column:organization_id')`);
  }
}
