import type { AppointmentWorkflow, DutyChaseWorkflow, EventDutiesWorkflow, ManualDutiesWorkflow, OrganizationCycleWorkflow, RectificationWorkflow, TenureClockWorkflow } from '@duban/contracts';
import { appointmentWorkflow } from './appointments/appointment.workflow';
import { organizationCycleWorkflow } from './cycles/organization-cycle.workflow';
import { dutyChaseWorkflow } from './duty-chase/duty-chase.workflow';
import { eventDutiesWorkflow } from './events/event-duties.workflow';
import { manualDutiesWorkflow } from './manual-duties/manual-duties.workflow';
import { rectificationWorkflow } from './rectifications/rectification.workflow';
import { tenureClockWorkflow } from './tenure/tenure-clock.workflow';

/**
 * The workflows the worker registers, by the names in `@duban/contracts` (each `*WorkflowType.name`), each
 * checked here against the signature its contract declares: callers start them by contract, never by import.
 */
export { appointmentWorkflow, dutyChaseWorkflow, eventDutiesWorkflow, manualDutiesWorkflow, organizationCycleWorkflow, rectificationWorkflow, tenureClockWorkflow };

export type Implements = [
  Check<typeof dutyChaseWorkflow, DutyChaseWorkflow>,
  Check<typeof organizationCycleWorkflow, OrganizationCycleWorkflow>,
  Check<typeof appointmentWorkflow, AppointmentWorkflow>,
  Check<typeof tenureClockWorkflow, TenureClockWorkflow>,
  Check<typeof manualDutiesWorkflow, ManualDutiesWorkflow>,
  Check<typeof eventDutiesWorkflow, EventDutiesWorkflow>,
  Check<typeof rectificationWorkflow, RectificationWorkflow>,
];
type Check<Implementation extends Contract, Contract> = [Implementation, Contract];
