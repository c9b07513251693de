import { AppointmentEntity } from './appointment.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { DivisionChangeEntity } from './division-change.entity';
import { DutyEventEntity } from './duty-event.entity';
import { DutyEntity } from './duty.entity';
import { EscalationProposalEntity } from './escalation-proposal.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { IncidentEntity } from './incident.entity';
import { NotificationEntity } from './notification.entity';
import { ObligationActivationEntity } from './obligation-activation.entity';
import { ObligationOverrideEntity } from './obligation-override.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationSettingsEntity } from './organization-settings.entity';
import { PersonEntity } from './person.entity';
import { PositionEntity } from './position.entity';
import { PositionHoldingEntity } from './position-holding.entity';
import { ReminderLetterEntity } from './reminder-letter.entity';
import { WarningNoticeEntity } from './warning-notice.entity';

export {
  AppointmentEntity,
  CalendarYearEntity,
  DivisionChangeEntity,
  DutyEventEntity,
  DutyEntity,
  EscalationProposalEntity,
  ExtensionRequestEntity,
  IncidentEntity,
  NotificationEntity,
  ObligationActivationEntity,
  ObligationOverrideEntity,
  OrganizationEntity,
  OrganizationSettingsEntity,
  PersonEntity,
  PositionEntity,
  PositionHoldingEntity,
  ReminderLetterEntity,
  WarningNoticeEntity,
};
export type { ActorKind } from './duty-event.entity';
export type { AppointmentKind, AppointmentStatus } from './appointment.entity';
export type { CompletionEvidence } from './duty.entity';
export type { ProposalStatus } from './escalation-proposal.entity';
export type { ExtensionRequestStatus } from './extension-request.entity';
export type { NotificationStatus } from './notification.entity';

export const ENTITIES = [
  OrganizationEntity,
  PersonEntity,
  PositionEntity,
  ObligationActivationEntity,
  DutyEntity,
  DutyEventEntity,
  EscalationProposalEntity,
  NotificationEntity,
  WarningNoticeEntity,
  ExtensionRequestEntity,
  PositionHoldingEntity,
  OrganizationSettingsEntity,
  ObligationOverrideEntity,
  CalendarYearEntity,
  AppointmentEntity,
  IncidentEntity,
  DivisionChangeEntity,
  ReminderLetterEntity,
];
