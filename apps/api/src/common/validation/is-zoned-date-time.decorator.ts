import { ValidateBy, ValidationOptions } from 'class-validator';

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment with its offset (…+08:00 or …Z). A date or a time without offset would be read in the
 * server's zone, and a duty would fall due hours off what the user meant.
 */
export function IsZonedDateTime(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isZonedDateTime',
      validator: {
        validate: (value) => typeof value === 'string' && ZONED.test(value) && !Number.isNaN(Date.parse(value)),
        defaultMessage: () => '应为带时区的 ISO-8601 时刻（例如 2026-12-31T23:59:59+08:00）',
      },
    },
    options,
  );
}
