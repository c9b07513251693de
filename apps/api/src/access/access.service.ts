import { OrganizationAdministratorEntity, PositionEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/duban.exception';

/** Administrator grants and supervising positions: the two levers of scope besides the positions held. */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  administrators(organizationId: string) {
    return this.dataSource.getRepository(OrganizationAdministratorEntity).find({ where: { organizationId }, relations: { person: true }, order: { createdAt: 'ASC' } });
  }

  async grant(organizationId: string, personId: string) {
    await this.dataSource.createQueryBuilder().insert().into(OrganizationAdministratorEntity).values({ organizationId, personId }).orIgnore().execute();
    return this.dataSource.getRepository(OrganizationAdministratorEntity).findOneOrFail({ where: { organizationId, personId }, relations: { person: true } });
  }

  async revoke(organizationId: string, personId: string) {
    const { affected } = await this.dataSource.getRepository(OrganizationAdministratorEntity).delete({ organizationId, personId });
    if (!affected) throw notFound('管理员授权', `${organizationId}/${personId}`);
    return { organizationId, personId, revoked: true };
  }

  async setSupervising(positionId: string, supervising: boolean) {
    await this.dataSource.getRepository(PositionEntity).update({ id: positionId }, { supervising });
    return this.dataSource.getRepository(PositionEntity).findOneOrFail({ where: { id: positionId }, relations: { holder: true } });
  }
}
