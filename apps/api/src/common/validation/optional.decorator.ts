import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out, and is validated whenever it is present, `null` included: `{"name": null}`
 * is refused by the field's own validators instead of reaching the service (class-validator's `@IsOptional()`
 * lets null through, which is why it is banned by the lint configuration).
 */
export function Optional(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value) => value !== undefined),
    ApiProperty({ required: false }),
  );
}

/**
 * A field that may be left out or set to `null` on purpose (for instance "inherit from the parent" or "clear"),
 * and is validated otherwise. The OpenAPI document marks it nullable.
 */
export function Nullable(): PropertyDecorator {
  return applyDecorators(
    ValidateIf((_, value) => value !== undefined && value !== null),
    ApiProperty({ required: false, nullable: true }),
  );
}
