import { DutyEventEntity } from './duty-event.entity';
import { DutyEntity } from './duty.entity';
import { EscalationProposalEntity } from './escalation-proposal.entity';
import { ExtensionRequestEntity } from './extension-request.entity';
import { NotificationEntity } from './notification.entity';
import { ObligationActivationEntity } from './obligation-activation.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { PositionEntity } from './position.entity';
import { PositionHoldingEntity } from './position-holding.entity';
import { WarningNoticeEntity } from './warning-notice.entity';

export {
  DutyEventEntity,
  DutyEntity,
  EscalationProposalEntity,
  ExtensionRequestEntity,
  NotificationEntity,
  ObligationActivationEntity,
  OrganizationEntity,
  PersonEntity,
  PositionEntity,
  PositionHoldingEntity,
  WarningNoticeEntity,
};
export type { ActorKind } from './duty-event.entity';
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
];
