import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/**
 * An integer between `min` and `max` (both included), with the bounds in the OpenAPI document. Every number
 * the API reads has both bounds: an unbounded one ends as an out-of-range SQL parameter (a 500), and the
 * fuzz test fails on any numeric field of the document without a maximum.
 */
export function IntegerBetween(min: number, max: number): PropertyDecorator {
  return applyDecorators(IsInt(), Min(min), Max(max), ApiProperty({ type: 'integer', minimum: min, maximum: max }));
}
