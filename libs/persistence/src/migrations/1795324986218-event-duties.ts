import { MigrationInterface, QueryRunner } from "typeorm";

export class EventDuties1795324986218 implements MigrationInterface {
    name = 'EventDuties1795324986218'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "appointments" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(16) NOT NULL,
                "person_id" uuid NOT NULL,
                "position_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "effective_on" date NOT NULL,
                "document_no" character varying(100) NOT NULL,
                "status" character varying(16) NOT NULL,
                "holding_id" uuid,
                "applied_at" TIMESTAMP WITH TIME ZONE,
                "workflow_id" character varying(100) NOT NULL,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4a437a9a27e948726b8bb3e36ad" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_appointments_organization" ON "appointments" ("organization_id", "effective_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "division_changes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "changed_on" date NOT NULL,
                "description" text NOT NULL,
                "recorded_by_person_id" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_070dea44788d264428bd040de0a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_division_changes_organization" ON "division_changes" ("organization_id", "changed_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "incidents" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "kind" character varying(32) NOT NULL,
                "occurred_on" date NOT NULL,
                "description" text NOT NULL,
                "person_id" uuid,
                "recorded_by_person_id" uuid,
                "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ccb34c01719889017e2246469f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_incidents_organization" ON "incidents" ("organization_id", "occurred_on")
        `);
        await queryRunner.query(`
            CREATE TABLE "reminder_letters" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "appointment_id" uuid NOT NULL,
                "duty_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "recipient_person_id" uuid NOT NULL,
                "rectification_duty_ids" jsonb NOT NULL,
                "year" integer NOT NULL,
                "seq" integer NOT NULL,
                "number" character varying(64) NOT NULL,
                "pdf" bytea NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fa26295f55517fe3a5ceba492b5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_letters_appointment" ON "reminder_letters" ("appointment_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_letters_number" ON "reminder_letters" ("year", "seq")
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "attachment_letter_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "position_holdings"
            ADD "audit_priority_flagged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "position_holdings"
            ADD "rotation_flagged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_3f978467ebb28920a30b2ea44ee" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_a928a777df00bed5e884ca7ecfb" FOREIGN KEY ("position_id") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments"
            ADD CONSTRAINT "FK_6766cb4aab4ff80c6c95e2d2fa9" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "division_changes"
            ADD CONSTRAINT "FK_f53047209e6a3aa6755b4ef55d8" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD CONSTRAINT "FK_fbabc7192bfdb38bb6c2d0f7775" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents"
            ADD CONSTRAINT "FK_7ad1cea1bf47f7d087ab6fcd8c2" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reminder_letters"
            ADD CONSTRAINT "FK_0261f3a2cd7b8445e8e89338acc" FOREIGN KEY ("appointment_id") REFERENCES "appointments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reminder_letters" DROP CONSTRAINT "FK_0261f3a2cd7b8445e8e89338acc"
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents" DROP CONSTRAINT "FK_7ad1cea1bf47f7d087ab6fcd8c2"
        `);
        await queryRunner.query(`
            ALTER TABLE "incidents" DROP CONSTRAINT "FK_fbabc7192bfdb38bb6c2d0f7775"
        `);
        await queryRunner.query(`
            ALTER TABLE "division_changes" DROP CONSTRAINT "FK_f53047209e6a3aa6755b4ef55d8"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_6766cb4aab4ff80c6c95e2d2fa9"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_a928a777df00bed5e884ca7ecfb"
        `);
        await queryRunner.query(`
            ALTER TABLE "appointments" DROP CONSTRAINT "FK_3f978467ebb28920a30b2ea44ee"
        `);
        await queryRunner.query(`
            ALTER TABLE "position_holdings" DROP COLUMN "rotation_flagged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "position_holdings" DROP COLUMN "audit_priority_flagged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "attachment_letter_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reminder_letters_number"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reminder_letters_appointment"
        `);
        await queryRunner.query(`
            DROP TABLE "reminder_letters"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_incidents_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "incidents"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_division_changes_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "division_changes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_appointments_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "appointments"
        `);
    }

}
