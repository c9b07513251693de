import { ConfigLink } from '@duban/domain';
import { loadConfigChain, OrganizationEntity } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import { notFound } from '../common/errors/duban.exception';

/** The organization and its ancestors with their settings and overrides, nearest first; 404 for an unknown one. */
export async function configChain(manager: EntityManager, organizationId: string): Promise<ConfigLink[]> {
  const chain = await loadConfigChain(manager, organizationId);
  if (chain.length === 0) throw notFound('组织', organizationId);
  return chain;
}

export async function requireOrganization(manager: EntityManager, organizationId: string): Promise<OrganizationEntity> {
  const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
  if (!organization) throw notFound('组织', organizationId);
  return organization;
}
