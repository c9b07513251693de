import { ChaseActivities } from '@duban/domain';
import { ActivityDeps } from './activity-deps';
import { applyDecisionActivity } from './escalations/apply-decision.activity';
import { proposeEscalationActivity } from './escalations/propose-escalation.activity';
import { withdrawProposalActivity } from './escalations/withdraw-proposal.activity';
import { markOverdueActivity } from './overdue/mark-overdue.activity';
import { sendReminderActivity } from './reminders/send-reminder.activity';

/** The worker's activities, built over injected dependencies. */
export function createActivities(deps: ActivityDeps): ChaseActivities {
  return {
    sendReminder: sendReminderActivity(deps),
    markOverdue: markOverdueActivity(deps),
    proposeEscalation: proposeEscalationActivity(deps),
    applyDecision: applyDecisionActivity(deps),
    withdrawProposal: withdrawProposalActivity(deps),
  };
}
