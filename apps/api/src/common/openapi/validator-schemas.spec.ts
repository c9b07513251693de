import { ArrayMaxSize, IsIn, IsNotEmpty, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IntegerBetween } from '../validation/integer-between.decorator';
import { IsCalendarDate } from '../validation/is-calendar-date.decorator';
import { IsIsoDuration } from '../validation/is-iso-duration.decorator';
import { IsZonedDateTime } from '../validation/is-zoned-date-time.decorator';
import { Nullable, Optional } from '../validation/optional.decorator';
import { applyClassFacts, DocumentSchema } from './validator-schemas';

class Sample {
  @IsUUID()
  organizationId!: string;

  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  title?: string;

  @Nullable()
  @IsString()
  @Matches(/^[a-z]+$/)
  code?: string | null;

  @IsIn(['a', 'b'])
  kind!: string;

  @IntegerBetween(1, 12)
  month!: number;

  @IsCalendarDate()
  on!: string;

  @IsZonedDateTime()
  at!: string;

  @Optional()
  @ArrayMaxSize(3)
  @IsIsoDuration({ each: true })
  offsets?: string[];
}

describe('applyClassFacts', () => {
  it('states in the schema what the validators enforce, and overrides what the document got wrong', () => {
    const schema: DocumentSchema = {
      type: 'object',
      properties: {
        organizationId: { type: 'string' },
        title: { type: 'string' },
        code: { type: 'object', nullable: true },
        kind: { type: 'string' },
        month: { type: 'integer', minimum: 1, maximum: 12 },
        on: { type: 'string', format: 'date' },
        at: { type: 'string' },
        offsets: { type: 'array', items: { type: 'string' } },
      },
      required: ['title', 'code', 'offsets'],
    };
    applyClassFacts(schema, Sample);
    expect(schema.properties!.organizationId).toEqual({ type: 'string', format: 'uuid' });
    expect(schema.properties!.title).toEqual({ type: 'string', minLength: 1, maxLength: 100 });
    expect(schema.properties!.code).toEqual({ type: 'string', nullable: true, pattern: '^[a-z]+$' });
    expect(schema.properties!.kind).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(schema.properties!.month).toEqual({ type: 'integer', minimum: 1, maximum: 12 });
    expect(schema.properties!.at).toMatchObject({ type: 'string', format: 'date-time' });
    expect(schema.properties!.offsets).toMatchObject({ type: 'array', maxItems: 3, items: { type: 'string', pattern: expect.stringMatching(/^\^P/) } });
    expect([...schema.required!].sort()).toEqual(['at', 'kind', 'month', 'on', 'organizationId']);
  });
});
