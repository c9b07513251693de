import { isIsoDuration, MAX_ISO_DURATION } from '@duban/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

export function IsIsoDuration(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDuration',
      validator: { validate: (value) => isIsoDuration(value), defaultMessage: () => `应为 ISO-8601 时长（例如 P30D、PT5S），最长 ${MAX_ISO_DURATION}（10 年）` },
    },
    options,
  );
}
