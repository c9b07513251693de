import { allHandlersFinished, condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { RectificationActivities, rectificationChangedSignal, RectificationInput, RectificationResult } from '@duban/contracts';

const { advanceRectification } = proxyActivities<RectificationActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A rectification's follow-up (`rectification-<id>`): at each look the activity does what is due (milestones,
 * lateness, the admonition talk, a public notice) and says when something next falls due; the workflow sleeps
 * until then, or until told something changed, and looks at least once a day — until the rectification is
 * closed or cancelled. All decisions are the activity's, from the database and the workflow's clock.
 */
export async function rectificationWorkflow(input: RectificationInput): Promise<RectificationResult> {
  let changed = false;
  setHandler(rectificationChangedSignal, () => void (changed = true));
  const tick = input.tickMs ?? DAY_MS;
  const runs = input.runsPerExecution ?? 200;
  for (let run = 1; ; run++) {
    changed = false;
    const result = await advanceRectification({ rectificationId: input.rectificationId, now: new Date(Date.now()).toISOString() });
    if (result.done) {
      await condition(allHandlersFinished);
      return { rectificationId: input.rectificationId, status: result.status };
    }
    const until = result.nextAt ? Math.max(0, Date.parse(result.nextAt) - Date.now()) : tick;
    const wait = Math.min(until, tick);
    if (wait > 0) await condition(() => changed, wait);
    if (run >= runs || workflowInfo().continueAsNewSuggested) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof rectificationWorkflow>(input);
    }
  }
}
