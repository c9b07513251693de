import { AuditEntryEntity } from './audit-entry.entity';
import { AppointmentEntity } from './appointment.entity';
import { CalendarYearEntity } from './calendar-year.entity';
import { DivisionChangeEntity } from './division-change.entity';
import { DutyEventEntity } from './duty-event.entity';
import { DutyEntity } from './duty.entity';
import { EvidenceFileEntity } from './evidence-file.entity';
import { EscalationProposalEntity } from './escalation-proposal.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { IncidentEntity } from './incident.entity';
import { NotificationEntity } from './notification.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { OrganizationAdministratorEntity } from './organization-administrator.entity';
import { ObligationOverrideEntity } from './obligation-override.entity';
import { OrganizationEntity } from './organization.entity';
import { OrganizationSettingsEntity } from './organization-settings.entity';
import { PersonEntity } from './person.entity';
import { PositionEntity } from './position.entity';
import { PositionHoldingEntity } from './position-holding.entity';
import { UserSessionEntity } from './user-session.entity';
import { UserEntity } from './user.entity';
import { ReminderLetterEntity } from './reminder-letter.entity';
import { WarningNoticeEntity } from './warning-notice.entity';
import { RectificationEntity, RectificationEventEntity, RectificationNoticeEntity, RectificationSettingsEntity } from './rectification.entity';
import { LiveStatementSelectionEntity } from './live-statement-selection.entity';
import { SpotCheckDrawEntity } from './spot-check-draw.entity';

export {
  AuditEntryEntity,
  AppointmentEntity,
  CalendarYearEntity,
  DivisionChangeEntity,
  DutyEventEntity,
  DutyEntity,
  EvidenceFileEntity,
  EscalationProposalEntity,
  ExtensionRequestEntity,
  LoginAttemptEntity,
  IncidentEntity,
  NotificationEntity,
  OrganizationAdministratorEntity,
  ObligationOverrideEntity,
  OrganizationEntity,
  OrganizationSettingsEntity,
  PersonEntity,
  PositionEntity,
  PositionHoldingEntity,
  UserEntity,
  UserSessionEntity,
  ReminderLetterEntity,
  WarningNoticeEntity,
  LiveStatementSelectionEntity,
  SpotCheckDrawEntity,
  RectificationEntity,
  RectificationEventEntity,
  RectificationNoticeEntity,
  RectificationSettingsEntity,
};
export type { AuditAction } from './audit-entry.entity';
export type { ActorKind } from './duty-event.entity';
export type { AppointmentKind, AppointmentStatus } from './appointment.entity';
export type { CompletionEvidence, DutyAppraisal, DutyReviewState } from './duty.entity';
export { EVIDENCE_STORE_KINDS, type EvidenceStoreKind } from './evidence-file.entity';
export type { ProposalStatus } from './escalation-proposal.entity';
export type { ExtensionRequestStatus } from './extension-request.entity';
export type { NotificationStatus } from './notification.entity';
export type { LiveStatementPresenter } from './live-statement-selection.entity';
export { SPOT_CHECK_KINDS } from './spot-check-draw.entity';
export type { DrawCandidate, DrawExclusion, SpotCheckKind } from './spot-check-draw.entity';

export const ENTITIES = [
  OrganizationEntity,
  PersonEntity,
  PositionEntity,
  DutyEntity,
  DutyEventEntity,
  EscalationProposalEntity,
  NotificationEntity,
  WarningNoticeEntity,
  ExtensionRequestEntity,
  PositionHoldingEntity,
  UserEntity,
  UserSessionEntity,
  LoginAttemptEntity,
  OrganizationAdministratorEntity,
  AuditEntryEntity,
  OrganizationSettingsEntity,
  ObligationOverrideEntity,
  CalendarYearEntity,
  AppointmentEntity,
  IncidentEntity,
  DivisionChangeEntity,
  ReminderLetterEntity,
  EvidenceFileEntity,
  LiveStatementSelectionEntity,
  SpotCheckDrawEntity,
  RectificationEntity,
  RectificationEventEntity,
  RectificationNoticeEntity,
  RectificationSettingsEntity,
];
export type { NoticeStatus } from './rectification.entity';
