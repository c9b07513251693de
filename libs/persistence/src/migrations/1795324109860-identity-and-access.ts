import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentityAndAccess1795324109860 implements MigrationInterface {
    name = 'IdentityAndAccess1795324109860'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "seq" bigint,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
                "actor" text NOT NULL,
                "action" character varying(8) NOT NULL,
                "table_name" text NOT NULL,
                "row_id" text,
                "organization_id" uuid,
                "before" jsonb,
                "after" jsonb,
                "prev_hash" character(64),
                "hash" character(64),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_audit_log_seq" ON "audit_log" ("seq")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_organization" ON "audit_log" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "login_attempts" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "login" character varying(64) NOT NULL,
                "address" character varying(64) NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_attempts_address" ON "login_attempts" ("address", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_attempts_login" ON "login_attempts" ("login", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "organization_administrators" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organization_id" uuid NOT NULL,
                "person_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ba722ea400754bead83f115d199" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_organization_administrators_person" ON "organization_administrators" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organization_administrators" ON "organization_administrators" ("organization_id", "person_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "user_sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "address" character varying(64),
                CONSTRAINT "PK_e93e031a5fed190d4789b6bfd83" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_user_sessions_user" ON "user_sessions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "login" character varying(64) NOT NULL,
                "password_hash" text,
                "password_changed_at" TIMESTAMP WITH TIME ZONE,
                "system_admin" boolean NOT NULL DEFAULT false,
                "disabled" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "REL_5ed72dcd00d6e5a88c6a6ba3d1" UNIQUE ("person_id"),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_person" ON "users" ("person_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_login" ON "users" ("login")
        `);
        await queryRunner.query(`
            ALTER TABLE "positions"
            ADD "supervising" boolean NOT NULL DEFAULT false
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_administrators"
            ADD CONSTRAINT "FK_44d39883a9e34879fe323f6e44d" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_administrators"
            ADD CONSTRAINT "FK_0baa311a21b90db569fa6750041" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_5ed72dcd00d6e5a88c6a6ba3d18" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_5ed72dcd00d6e5a88c6a6ba3d18"
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_administrators" DROP CONSTRAINT "FK_0baa311a21b90db569fa6750041"
        `);
        await queryRunner.query(`
            ALTER TABLE "organization_administrators" DROP CONSTRAINT "FK_44d39883a9e34879fe323f6e44d"
        `);
        await queryRunner.query(`
            ALTER TABLE "positions" DROP COLUMN "supervising"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_users_login"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_users_person"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_user_sessions_user"
        `);
        await queryRunner.query(`
            DROP TABLE "user_sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_organization_administrators"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_organization_administrators_person"
        `);
        await queryRunner.query(`
            DROP TABLE "organization_administrators"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_attempts_login"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_attempts_address"
        `);
        await queryRunner.query(`
            DROP TABLE "login_attempts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_audit_log_seq"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
