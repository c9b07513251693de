import { MigrationInterface, QueryRunner } from "typeorm";

export class ChaseLadder1795315994019 implements MigrationInterface {
    name = 'ChaseLadder1795315994019'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "extension_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "duty_id" uuid NOT NULL,
                "requested_by_person_id" uuid NOT NULL,
                "requested_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "reason" text NOT NULL,
                "status" character varying(16) NOT NULL,
                "decided_by_person_id" uuid,
                "decision_reason" text,
                "granted_due_at" TIMESTAMP WITH TIME ZONE,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cf652cfbd6bc847a21929fd703f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_extension_requests_duty" ON "extension_requests" ("duty_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_extension_requests_status" ON "extension_requests" ("status")
        `);
        await queryRunner.query(`
            CREATE TABLE "position_holdings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "position_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "ended_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_195bae01b4071de7dee0be6140e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_position_holdings_position" ON "position_holdings" ("position_id", "started_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "warning_notices" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "duty_id" uuid NOT NULL,
                "proposal_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "seq" integer NOT NULL,
                "number" character varying(64) NOT NULL,
                "recipient_organization_id" uuid,
                "pdf" bytea NOT NULL,
                "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9d1e6dd7be6441bfb2a9b8dad93" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_warning_notices_duty" ON "warning_notices" ("duty_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_warning_notices_proposal" ON "warning_notices" ("proposal_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_warning_notices_number" ON "warning_notices" ("year", "seq")
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "stationed_group_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "dissolved_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD "period_start" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD "acknowledged_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD "cancel_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_proposals"
            ADD "audience" jsonb NOT NULL DEFAULT '[]'::jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD "attachment_notice_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "duty_events"
            ALTER COLUMN "data"
            SET DEFAULT '{}'::jsonb
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "FK_f6fb47a13458928e340cb87c7ea" FOREIGN KEY ("stationed_group_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "extension_requests"
            ADD CONSTRAINT "FK_7c08c6b3a1d7632c5ce34f9a598" FOREIGN KEY ("duty_id") REFERENCES "duties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "warning_notices"
            ADD CONSTRAINT "FK_e5c5c8f6831c606727985e28179" FOREIGN KEY ("duty_id") REFERENCES "duties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "warning_notices" DROP CONSTRAINT "FK_e5c5c8f6831c606727985e28179"
        `);
        await queryRunner.query(`
            ALTER TABLE "extension_requests" DROP CONSTRAINT "FK_7c08c6b3a1d7632c5ce34f9a598"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "FK_f6fb47a13458928e340cb87c7ea"
        `);
        await queryRunner.query(`
            ALTER TABLE "duty_events"
            ALTER COLUMN "data"
            SET DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "attachment_notice_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_proposals" DROP COLUMN "audience"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP COLUMN "cancel_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP COLUMN "acknowledged_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP COLUMN "period_start"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "dissolved_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "stationed_group_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_warning_notices_number"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_warning_notices_proposal"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_warning_notices_duty"
        `);
        await queryRunner.query(`
            DROP TABLE "warning_notices"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_position_holdings_position"
        `);
        await queryRunner.query(`
            DROP TABLE "position_holdings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_extension_requests_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_extension_requests_duty"
        `);
        await queryRunner.query(`
            DROP TABLE "extension_requests"
        `);
    }

}
