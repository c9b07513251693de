import { isZonedDateTime } from '@duban/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A moment with its offset (…+08:00 or …Z) that exists as written: not 2027-02-30, not T24:00.
 * A date or a time without offset would be read in the server's zone, and a duty would fall due hours off
 * what the user meant.
 */
export function IsZonedDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isZonedDateTime',
      validator: {
        validate: (value) => isZonedDateTime(value),
        defaultMessage: () => '应为实际存在的、带时区的 ISO-8601 时刻（例如 2026-12-31T23:59:59+08:00）',
      },
    },
    options,
  );
}
