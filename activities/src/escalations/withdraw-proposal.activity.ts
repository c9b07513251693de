import { EscalationProposalEntity } from '@duban/persistence';
import { ActivityDeps } from '../activity-deps';

/** The duty was closed while its proposal waited: the proposal no longer needs a decision. */
export function withdrawProposalActivity(deps: ActivityDeps) {
  return async function withdrawProposal({ proposalId }: { dutyId: string; proposalId: string }): Promise<void> {
    await deps.dataSource.getRepository(EscalationProposalEntity).update({ id: proposalId, status: 'pending' }, { status: 'withdrawn', decidedAt: new Date() });
  };
}
