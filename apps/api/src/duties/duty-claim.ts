import { DutyCommandApplied, DutyCommandResult } from '@duban/persistence';
import { conflict } from '../common/errors/duban.exception';

/** A command the duty's lifecycle refused, as the API answers it: 409 with the lifecycle's code and message. */
export function claimed(result: DutyCommandResult): DutyCommandApplied {
  if (result.refused) throw conflict(result.code, result.message);
  return result;
}
