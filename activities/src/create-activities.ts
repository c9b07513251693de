import { ChaseActivities, CycleActivities, EventActivities, ManualDutyActivities, RectificationActivities } from '@duban/contracts';
import { requestAcknowledgementActivity } from './acknowledgements/request-acknowledgement.activity';
import { ActivityDeps } from './activity-deps';
import { applyAppointmentActivity } from './appointments/apply-appointment.activity';
import { sendReminderLetterActivity } from './appointments/send-reminder-letter.activity';
import { openDuePeriodsActivity } from './cycles/open-due-periods.activity';
import { applyDecisionActivity } from './escalations/apply-decision.activity';
import { escalateDirectlyActivity } from './escalations/escalate-directly.activity';
import { proposeEscalationActivity } from './escalations/propose-escalation.activity';
import { withdrawProposalActivity } from './escalations/withdraw-proposal.activity';
import { issueRecordedEventDutiesActivity } from './events/issue-recorded-event-duties.activity';
import { issueManualDutiesActivity } from './manual-duties/issue-manual-duties.activity';
import { applyNewDueDateActivity } from './extensions/apply-new-due-date.activity';
import { notifyExtensionRequestActivity } from './extensions/notify-extension-request.activity';
import { markOverdueActivity } from './overdue/mark-overdue.activity';
import { notifyReassignmentActivity } from './reassignments/notify-reassignment.activity';
import { sendReminderActivity } from './reminders/send-reminder.activity';
import { advanceRectificationActivity } from './rectifications/advance-rectification.activity';
import { reopenChaseActivity } from './reviews/reopen-chase.activity';
import { reachTenureMilestoneActivity } from './tenure/reach-tenure-milestone.activity';

/** The worker's activities, built over injected dependencies. */
export function createActivities(deps: ActivityDeps): ChaseActivities & CycleActivities & EventActivities & ManualDutyActivities & RectificationActivities {
  return {
    openDuePeriods: openDuePeriodsActivity(deps),
    requestAcknowledgement: requestAcknowledgementActivity(deps),
    sendReminder: sendReminderActivity(deps),
    markOverdue: markOverdueActivity(deps),
    proposeEscalation: proposeEscalationActivity(deps),
    escalateDirectly: escalateDirectlyActivity(deps),
    applyDecision: applyDecisionActivity(deps),
    withdrawProposal: withdrawProposalActivity(deps),
    applyNewDueDate: applyNewDueDateActivity(deps),
    notifyReassignment: notifyReassignmentActivity(deps),
    notifyExtensionRequest: notifyExtensionRequestActivity(deps),
    reopenChase: reopenChaseActivity(deps),
    applyAppointment: applyAppointmentActivity(deps),
    sendRectificationReminderLetter: sendReminderLetterActivity(deps),
    reachTenureMilestone: reachTenureMilestoneActivity(deps),
    issueManualDuties: issueManualDutiesActivity(deps),
    issueRecordedEventDuties: issueRecordedEventDutiesActivity(deps),
    advanceRectification: advanceRectificationActivity(deps),
  };
}
