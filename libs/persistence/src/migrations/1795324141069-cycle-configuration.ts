import { MigrationInterface, QueryRunner } from "typeorm";

export class CycleConfiguration1795324141069 implements MigrationInterface {
    name = 'CycleConfiguration1795324141069'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "calendar_years" (
                "year" integer NOT NULL,
                "data" jsonb NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1fed249d26e56ff06bb6dffd8d6" PRIMARY KEY ("year")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "obligation_overrides" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "template_id" character varying(64) NOT NULL,
                "fields" jsonb NOT NULL,
                "reason" text NOT NULL,
                "applied_to_open_duties" boolean NOT NULL DEFAULT false,
                "created_by_person_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "superseded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_1812288015681d955eb55daba90" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_obligation_overrides_current" ON "obligation_overrides" ("organization_id", "template_id")
            WHERE superseded_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "organization_settings" (
                "organization_id" uuid NOT NULL,
                "pack_id" character varying(32),
                "due_date_mode" character varying(32),
                "lead_time" character varying(32),
                "term_start_year" integer,
                "cycles_enabled" boolean NOT NULL DEFAULT false,
                "cycles_enabled_at" TIMESTAMP WITH TIME ZONE,
                "cycles_opened_through" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5fbdacce9bdcb454877d068e355" PRIMARY KEY ("organization_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations"
            ADD "overseen_by_position_id" uuid
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD "period_end" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ALTER COLUMN "period_key" TYPE character varying(64)
        `);
        await queryRunner.query(`
            ALTER TABLE "duties"
            ADD "period_label" character varying(40)
        `);
        await queryRunner.query(`
            ALTER TABLE "obligation_overrides"
            ADD CONSTRAINT "FK_05e5bc4fac3a1279bc29baddfc3" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_settings"
            ADD CONSTRAINT "FK_5fbdacce9bdcb454877d068e355" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "organization_settings" DROP CONSTRAINT "FK_5fbdacce9bdcb454877d068e355"
        `);
        await queryRunner.query(`
            ALTER TABLE "obligation_overrides" DROP CONSTRAINT "FK_05e5bc4fac3a1279bc29baddfc3"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP COLUMN "period_label"
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" ALTER COLUMN "period_key" TYPE character varying(16)
        `);
        await queryRunner.query(`
            ALTER TABLE "duties" DROP COLUMN "period_end"
        `);
        await queryRunner.query(`
            ALTER TABLE "organizations" DROP COLUMN "overseen_by_position_id"
        `);
        await queryRunner.query(`
            DROP TABLE "organization_settings"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_obligation_overrides_current"
        `);
        await queryRunner.query(`
            DROP TABLE "obligation_overrides"
        `);
        await queryRunner.query(`
            DROP TABLE "calendar_years"
        `);
    }

}
