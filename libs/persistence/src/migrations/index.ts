import { InitialSchema1795314285613 } from './1795314285613-initial-schema';
import { ChaseLadder1795315994019 } from './1795315994019-chase-ladder';
import { IdentityAndAccess1795324109860 } from './1795324109860-identity-and-access';
import { CycleConfiguration1795324141069 } from './1795324141069-cycle-configuration';
import { AuditTrail1795324200000 } from './1795324200000-audit-trail';
import { EventDuties1795324986218 } from './1795324986218-event-duties';
import { AuditEventTables1795325100000 } from './1795325100000-audit-event-tables';
import { PersonPlacement1795400000000 } from './1795400000000-person-placement';
import { OneDutyKey1795400100000 } from './1795400100000-one-duty-key';
import { EvidenceFiles1795400200000 } from './1795400200000-evidence-files';
import { CompletionReview1795400310000 } from './1795400310000-completion-review';
import { EvidenceStore1795400340000 } from './1795400340000-evidence-store';
import { RandomChecks1795400700000 } from './1795400700000-random-checks';
import { Rectifications1795400800000 } from './1795400800000-rectifications';

/** Every migration, oldest first. Landed migrations are never edited: add a new one. */
export const MIGRATIONS: Function[] = [
  InitialSchema1795314285613,
  ChaseLadder1795315994019,
  IdentityAndAccess1795324109860,
  CycleConfiguration1795324141069,
  AuditTrail1795324200000,
  EventDuties1795324986218,
  AuditEventTables1795325100000,
  PersonPlacement1795400000000,
  OneDutyKey1795400100000,
  EvidenceFiles1795400200000,
  CompletionReview1795400310000,
  EvidenceStore1795400340000,
  RandomChecks1795400700000,
  Rectifications1795400800000,
];
