import { isCalendarDate } from '@duban/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** A calendar date written YYYY-MM-DD that exists (not 2027-02-30); in the OpenAPI document, `format: date`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      { name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value), defaultMessage: () => '应为日期（YYYY-MM-DD）' } },
      options,
    ),
    ApiProperty({ type: 'string', format: 'date' }),
  );
}
