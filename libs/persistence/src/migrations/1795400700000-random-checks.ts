import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Random checks with a recorded seed: the yearly live-presentation lists (现场述责述廉) and the spot-check draws
 * (抽查核实), both in the audit trail. One live draw per organization, kind and year (a voided one stays, keyed out).
 */
export class RandomChecks1795400700000 implements MigrationInterface {
  name = 'RandomChecks1795400700000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "live_statement_selections" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "year" integer NOT NULL,
        "meeting_date" date NOT NULL,
        "presenters" jsonb NOT NULL,
        "proposed" jsonb NOT NULL,
        "request_id" uuid NOT NULL,
        "confirmed_by_person_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_live_statement_selections" PRIMARY KEY ("id"),
        CONSTRAINT "FK_live_statement_selections_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_live_statement_selections_by" FOREIGN KEY ("confirmed_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_live_statement_selections" ON "live_statement_selections" ("organization_id", "year")`);
    await q.query(`
      CREATE TABLE "spot_check_draws" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "year" integer NOT NULL,
        "template_id" character varying(64) NOT NULL,
        "method" character varying(40) NOT NULL,
        "seed" character varying(128) NOT NULL,
        "rate_percent" integer NOT NULL,
        "candidates" jsonb NOT NULL,
        "exclusions" jsonb NOT NULL,
        "drawn" jsonb NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "request_id" uuid NOT NULL,
        "drawn_by_person_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "voided_at" TIMESTAMP WITH TIME ZONE,
        "voided_by_person_id" uuid,
        "void_reason" text,
        CONSTRAINT "PK_spot_check_draws" PRIMARY KEY ("id"),
        CONSTRAINT "FK_spot_check_draws_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_spot_check_draws_by" FOREIGN KEY ("drawn_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_spot_check_draws_voided_by" FOREIGN KEY ("voided_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "ck_spot_check_draws_void" CHECK (("voided_at" IS NULL) = ("void_reason" IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_spot_check_draws_live" ON "spot_check_draws" ("organization_id", "kind", "year") WHERE "voided_at" IS NULL`);
    await q.query(`CREATE INDEX "ix_spot_check_draws_org" ON "spot_check_draws" ("organization_id", "year")`);
    await q.query(`SELECT audit_enable($1::regclass, $2)`, ['live_statement_selections', 'column:organization_id']);
    await q.query(`SELECT audit_enable($1::regclass, $2)`, ['spot_check_draws', 'column:organization_id']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`SELECT audit_disable($1::regclass)`, ['spot_check_draws']);
    await q.query(`SELECT audit_disable($1::regclass)`, ['live_statement_selections']);
    await q.query(`DROP TABLE "spot_check_draws"`);
    await q.query(`DROP TABLE "live_statement_selections"`);
  }
}
