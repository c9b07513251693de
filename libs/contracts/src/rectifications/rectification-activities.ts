/** The follow-up's one side effect, as its workflow sees it. Idempotent: a retry issues and sends nothing twice. */
export interface RectificationActivities {
  /**
   * Does what is due in the rectification at `now` (the workflow's clock): issues the milestone duties that fall
   * due and starts their chase, marks it late, issues the admonition talk or the order to correct, proposes a
   * public notice, sends an approved one. Returns when to look again.
   */
  advanceRectification(input: { rectificationId: string; now: string }): Promise<AdvancedRectification>;
}

export interface AdvancedRectification {
  status: string;
  /** Closed, cancelled or gone: the follow-up ends. */
  done: boolean;
  /** The next moment something falls due (ISO), null when only a person's act moves it on. */
  nextAt: string | null;
  /** Milestones that could not be issued now (a vacant seat), retried at the next look. */
  skipped: string[];
}
