import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People are placed where they were registered (`home_organization_id`), and an e-mail address is no longer
 * unique across the whole directory: a global unique index told an administrator that an address exists in
 * another subtree. Uniqueness within what an administrator can see is checked by the API.
 */
export class PersonPlacement1795400000000 implements MigrationInterface {
  name = 'PersonPlacement1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "people" ADD "home_organization_id" uuid`);
    await q.query(`CREATE INDEX "ix_people_home_organization" ON "people" ("home_organization_id")`);
    await q.query(
      `ALTER TABLE "people" ADD CONSTRAINT "FK_people_home_organization" FOREIGN KEY ("home_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`DROP INDEX "public"."uq_people_email"`);
    await q.query(`CREATE INDEX "ix_people_email" ON "people" ("email")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_people_email"`);
    await q.query(`CREATE UNIQUE INDEX "uq_people_email" ON "people" ("email")`);
    await q.query(`ALTER TABLE "people" DROP CONSTRAINT "FK_people_home_organization"`);
    await q.query(`DROP INDEX "public"."ix_people_home_organization"`);
    await q.query(`ALTER TABLE "people" DROP COLUMN "home_organization_id"`);
  }
}
