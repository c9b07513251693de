import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review of a completion (accepted or returned, with how many times it was returned) and the 评议 result of a
 * 述责述廉, kept on the duty. The duties table is audited already: every review and 评议 lands in the audit trail.
 */
export class CompletionReview1795400310000 implements MigrationInterface {
  name = 'CompletionReview1795400310000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "duties" ADD "return_count" integer NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "duties" ADD "review_state" character varying(16)`);
    await q.query(`ALTER TABLE "duties" ADD CONSTRAINT "CHK_duties_review_state" CHECK ("review_state" IN ('accepted', 'returned'))`);
    await q.query(`ALTER TABLE "duties" ADD "return_reason" text`);
    await q.query(`ALTER TABLE "duties" ADD "appraisal" jsonb`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "duties" DROP COLUMN "appraisal"`);
    await q.query(`ALTER TABLE "duties" DROP COLUMN "return_reason"`);
    await q.query(`ALTER TABLE "duties" DROP CONSTRAINT "CHK_duties_review_state"`);
    await q.query(`ALTER TABLE "duties" DROP COLUMN "review_state"`);
    await q.query(`ALTER TABLE "duties" DROP COLUMN "return_count"`);
  }
}
