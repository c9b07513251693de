import { MigrationInterface, QueryRunner } from "typeorm";

export class InitialSchema1795314285613 implements MigrationInterface {
    name = 'InitialSchema1795314285613'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "code" character varying(64),
                "parent_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organizations_code" ON "organizations" ("code")
            WHERE code IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_organizations_parent" ON "organizations" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "obligation_activations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "obligation_id" character varying(64) NOT NULL,
                "year" integer NOT NULL,
                "policy" jsonb NOT NULL,
                "due_at_override" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_148328d1c53c769742d4dc0deb1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_obligation_activations" ON "obligation_activations" ("organization_id", "obligation_id", "year")
        `);
        await queryRunner.query(`
            CREATE TABLE "people" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "email" character varying(254) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aa866e71353ee94c6cc51059c5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_people_email" ON "people" ("email")
        `);
        await queryRunner.query(`
            CREATE TABLE "duties" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "dedupe_key" character varying(200) NOT NULL,
                "activation_id" uuid NOT NULL,
                "obligation_id" character varying(64) NOT NULL,
                "title" character varying(200) NOT NULL,
                "organization_id" uuid NOT NULL,
                "responsible_position_id" uuid NOT NULL,
                "responsible_person_id" uuid NOT NULL,
                "counterpart_organization_id" uuid,
                "counterpart_position_id" uuid,
                "counterpart_person_id" uuid,
                "period_key" character varying(16) NOT NULL,
                "due_date" date NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(32) NOT NULL,
                "policy" jsonb NOT NULL,
                "citation" text NOT NULL,
                "workflow_id" character varying(100) NOT NULL,
                "completed_at" TIMESTAMP WITH TIME ZONE,
                "completion" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f35c74c0ad8c80299ca5d511f95" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_duties_dedupe" ON "duties" ("dedupe_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_duties_responsible_status" ON "duties" ("responsible_person_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_duties_org_status_due" ON "duties" ("organization_id", "status", "due_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "duty_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "duty_id" uuid NOT NULL,
                "type" character varying(40) NOT NULL,
                "dedupe_key" character varying(200) NOT NULL,
                "actor_kind" character varying(16) NOT NULL,
                "actor_person_id" uuid,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "data" jsonb NOT NULL DEFAULT '{}'::jsonb,
                CONSTRAINT "PK_fef9c6f1cfdfd820f3059bbf83b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_duty_events_duty" ON "duty_events" ("duty_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_duty_events_dedupe" ON "duty_events" ("duty_id", "dedupe_key")
        `);
        await queryRunner.query(`
            CREATE TABLE "escalation_proposals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "duty_id" uuid NOT NULL,
                "round" integer NOT NULL,
                "level" integer NOT NULL,
                "target_organization_id" uuid,
                "status" character varying(20) NOT NULL,
                "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "decides_by" TIMESTAMP WITH TIME ZONE NOT NULL,
                "decided_at" TIMESTAMP WITH TIME ZONE,
                "decided_by_person_id" uuid,
                "reason" text,
                "new_due_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_b06e720f8b8867b9e152c47d3fe" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_escalation_proposals_status" ON "escalation_proposals" ("status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_escalation_proposals_step" ON "escalation_proposals" ("duty_id", "round", "level")
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "duty_id" uuid NOT NULL,
                "step_key" character varying(200) NOT NULL,
                "recipient_person_id" uuid NOT NULL,
                "channel" character varying(16) NOT NULL,
                "address" character varying(254) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "body" text NOT NULL,
                "status" character varying(16) NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_step_recipient" ON "notifications" ("duty_id", "step_key", "recipient_person_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "positions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "role" character varying(32) NOT NULL,
                "title" character varying(100) NOT NULL,
                "holder_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_17e4e62ccd5749b289ae3fae6f3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_positions_organization" ON "positions" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_positions_holder" ON "positions" ("holder_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_positions_single_role" ON "positions" ("organization_id", "role")
            WHERE role <> 'member'
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD CONSTRAINT "FK_f3a7c9411eaa5f9cbc5363de331" FOREIGN KEY ("parent_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "obligation_activations"
            ADD CONSTRAINT "FK_6ac0c8a13f3bd9a153cc6acaca3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD CONSTRAINT "FK_2f0cfcb8b06b04edf85a67d3c5a" FOREIGN KEY ("activation_id") REFERENCES "obligation_activations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD CONSTRAINT "FK_16be87bc9b72d38e254fc1147c1" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD CONSTRAINT "FK_7e921e2aece544d489e6b935faa" FOREIGN KEY ("responsible_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD CONSTRAINT "FK_2a5bde9c86dec8e2f83b2516b98" FOREIGN KEY ("counterpart_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD CONSTRAINT "FK_106ded64f39c9b540c157e059fb" FOREIGN KEY ("counterpart_person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "duty_events"
            ADD CONSTRAINT "FK_b80744b8a5ddcb1c943c40fbe7c" FOREIGN KEY ("duty_id") REFERENCES "duties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_proposals"
            ADD CONSTRAINT "FK_82236ffc05f5020edeaddb6ea87" FOREIGN KEY ("duty_id") REFERENCES "duties"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_558198775d351c94287b370d082" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "positions"
            ADD CONSTRAINT "FK_ea96947aa9bee8f7d335a2e41fb" FOREIGN KEY ("holder_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_ea96947aa9bee8f7d335a2e41fb"
        `);
        await queryRunner.query(`
            ALTER TABLE "positions" DROP CONSTRAINT "FK_558198775d351c94287b370d082"
        `);
        await queryRunner.query(`
            ALTER TABLE "escalation_proposals" DROP CONSTRAINT "FK_82236ffc05f5020edeaddb6ea87"
        `);
        await queryRunner.query(`
            ALTER TABLE "duty_events" DROP CONSTRAINT "FK_b80744b8a5ddcb1c943c40fbe7c"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP CONSTRAINT "FK_106ded64f39c9b540c157e059fb"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP CONSTRAINT "FK_2a5bde9c86dec8e2f83b2516b98"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP CONSTRAINT "FK_7e921e2aece544d489e6b935faa"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP CONSTRAINT "FK_16be87bc9b72d38e254fc1147c1"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP CONSTRAINT "FK_2f0cfcb8b06b04edf85a67d3c5a"
        `);
        await queryRunner.query(`
            ALTER TABLE "obligation_activations" DROP CONSTRAINT "FK_6ac0c8a13f3bd9a153cc6acaca3"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP CONSTRAINT "FK_f3a7c9411eaa5f9cbc5363de331"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_positions_single_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_positions_holder"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_positions_organization"
        `);
        await queryRunner.query(`
            DROP TABLE "positions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_step_recipient"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_escalation_proposals_step"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_escalation_proposals_status"
        `);
        await queryRunner.query(`
            DROP TABLE "escalation_proposals"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_duty_events_dedupe"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_duty_events_duty"
        `);
        await queryRunner.query(`
            DROP TABLE "duty_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_duties_org_status_due"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_duties_responsible_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_duties_dedupe"
        `);
        await queryRunner.query(`
            DROP TABLE "duties"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_people_email"
        `);
        await queryRunner.query(`
            DROP TABLE "people"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_obligation_activations"
        `);
        await queryRunner.query(`
            DROP TABLE "obligation_activations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_organizations_parent"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_organizations_code"
        `);
        await queryRunner.query(`
            DROP TABLE "organizations"
        `);
    }

}
