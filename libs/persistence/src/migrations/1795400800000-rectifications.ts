import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rectification register (整改台账): findings and recommendations, their history, the public notices proposed
 * about them, each supervising organization's settings; the milestone duties are found by their period key.
 */
export class Rectifications1795400800000 implements MigrationInterface {
  name = 'Rectifications1795400800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "rectifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "source" character varying(40) NOT NULL,
        "kind" character varying(16) NOT NULL,
        "reference" character varying(100),
        "description" text NOT NULL,
        "category" character varying(50) NOT NULL,
        "severity" character varying(16) NOT NULL,
        "found_on" date NOT NULL,
        "recorded_on" date NOT NULL,
        "original_deadline" date NOT NULL,
        "deadline" date NOT NULL,
        "supervising_organization_id" uuid NOT NULL,
        "supervising_body" character varying(16) NOT NULL,
        "timings" jsonb NOT NULL,
        "status" character varying(16) NOT NULL,
        "round" integer NOT NULL DEFAULT 0,
        "round_started_on" date NOT NULL,
        "returns_this_round" integer NOT NULL DEFAULT 0,
        "late_since" date,
        "escalation" character varying(24),
        "admonition_due_on" date,
        "paper_only_at" TIMESTAMP WITH TIME ZONE,
        "accepted_on" date,
        "closed_on" date,
        "cancel_reason" text,
        "import_id" uuid,
        "recorded_by_person_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_rectifications" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rectifications_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_rectifications_supervising_org" FOREIGN KEY ("supervising_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT,
        CONSTRAINT "FK_rectifications_by" FOREIGN KEY ("recorded_by_person_id") REFERENCES "people"("id") ON DELETE RESTRICT,
        CONSTRAINT "CK_rectifications_deadline" CHECK ("original_deadline" >= "found_on")
      )`);
    await q.query(`CREATE INDEX "ix_rectifications_org_status" ON "rectifications" ("organization_id", "status")`);
    await q.query(`CREATE INDEX "ix_rectifications_supervising" ON "rectifications" ("supervising_organization_id", "status")`);
    await q.query(`
      CREATE TABLE "rectification_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rectification_id" uuid NOT NULL,
        "type" character varying(40) NOT NULL,
        "dedupe_key" character varying(100) NOT NULL,
        "actor_kind" character varying(16) NOT NULL,
        "actor_person_id" uuid,
        "data" jsonb NOT NULL DEFAULT '{}',
        "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_rectification_events" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rectification_events_rect" FOREIGN KEY ("rectification_id") REFERENCES "rectifications"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_events_key" ON "rectification_events" ("rectification_id", "dedupe_key")`);
    await q.query(`
      CREATE TABLE "rectification_notices" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "rectification_id" uuid NOT NULL,
        "reason" character varying(24) NOT NULL,
        "status" character varying(16) NOT NULL,
        "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "decided_at" TIMESTAMP WITH TIME ZONE,
        "decided_by_person_id" uuid,
        "decision_note" text,
        "number" character varying(40),
        "year" integer,
        "seq" integer,
        "recipient_organization_ids" jsonb NOT NULL DEFAULT '[]',
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_rectification_notices" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rectification_notices_rect" FOREIGN KEY ("rectification_id") REFERENCES "rectifications"("id") ON DELETE CASCADE
      )`);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_notices_reason" ON "rectification_notices" ("rectification_id", "reason")`);
    await q.query(`CREATE UNIQUE INDEX "uq_rectification_notices_number" ON "rectification_notices" ("year", "seq")`);
    await q.query(`
      CREATE TABLE "rectification_settings" (
        "organization_id" uuid NOT NULL,
        "timings" jsonb NOT NULL DEFAULT '{}',
        "notice_recipient_organization_ids" jsonb NOT NULL DEFAULT '[]',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_rectification_settings" PRIMARY KEY ("organization_id"),
        CONSTRAINT "FK_rectification_settings_org" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE
      )`);
    // A rectification's milestone duties, found by their key's prefix.
    await q.query(`CREATE INDEX "ix_duties_rectification" ON "duties" ("period_key" text_pattern_ops) WHERE "period_key" LIKE 'rect:%'`);
    await q.query(`ALTER TABLE "reminder_letters" ADD "rectification_ids" jsonb NOT NULL DEFAULT '[]'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "reminder_letters" DROP COLUMN "rectification_ids"`);
    await q.query(`DROP INDEX "ix_duties_rectification"`);
    await q.query(`DROP TABLE "rectification_settings"`);
    await q.query(`DROP TABLE "rectification_notices"`);
    await q.query(`DROP TABLE "rectification_events"`);
    await q.query(`DROP TABLE "rectifications"`);
  }
}
