/** What an organization's cycle workflow asks of the worker. Implemented in `activities/cycles`. */
export interface CycleActivities {
  /**
   * Creates the duties whose creation time has come by `now` (the workflow clock) and starts their chase;
   * idempotent. `enabled` false: the organization's cycles were switched off, the workflow ends. `nextAt`:
   * when the next duties are due to be created (null: nothing enabled; wait for a settings change).
   */
  openDuePeriods(input: { organizationId: string; now: string }): Promise<OpenPeriodsResult>;
}

export interface OpenPeriodsResult {
  enabled: boolean;
  created: number;
  nextAt: string | null;
}
