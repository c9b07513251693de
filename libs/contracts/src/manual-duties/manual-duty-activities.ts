import type { ManualDutyRequest } from '@duban/domain';

/** What issuing a manual request amounts to: the request's duties as stored (new or already there) and what was left out. */
export interface IssuedManualDuties {
  dutyIds: string[];
  /** How many of them this request created (0 when an identical request, or a cycle, had already issued them). */
  created: number;
  skipped: { organizationId: string; reason: string }[];
}

/** The side effect of a manual duty request, as its workflow sees it. Idempotent: a retry issues nothing twice. */
export interface ManualDutyActivities {
  issueManualDuties(input: ManualDutyRequest & { organizationId: string }): Promise<IssuedManualDuties>;
}
