import { InitialSchema1795314285613 } from './1795314285613-initial-schema';
import { ChaseLadder1795315994019 } from './1795315994019-chase-ladder';
import { CycleConfiguration1795324141069 } from './1795324141069-cycle-configuration';
import { EventDuties1795324986218 } from './1795324986218-event-duties';

/** Every migration, oldest first. Landed migrations are never edited: add a new one. */
export const MIGRATIONS: Function[] = [InitialSchema1795314285613, ChaseLadder1795315994019, CycleConfiguration1795324141069, EventDuties1795324986218];
