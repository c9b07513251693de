import { SUPERVISING_ROLES } from '@duban/domain';
import { ancestorIds, PositionEntity } from '@duban/persistence';
import { EntityManager, In } from 'typeorm';
import { forbidden } from './errors/duban.exception';

/**
 * 纪委书记 or 组织部长 of the organization or of any organization above it, and not the leader who owes
 * the duty (nobody decides their own case); otherwise 403.
 */
export async function requireSupervisor(manager: EntityManager, personId: string, organizationId: string, responsiblePersonId: string): Promise<void> {
  if (personId === responsiblePersonId) throw forbidden('不能对自己负责的事项作出决定');
  const chain = await ancestorIds(manager, organizationId);
  const holds = await manager.getRepository(PositionEntity).existsBy({ holderId: personId, organizationId: In(chain), role: In([...SUPERVISING_ROLES]) });
  if (!holds) throw forbidden('您不是该事项所在单位或其上级的纪委书记、组织部长，无权作此决定');
}
