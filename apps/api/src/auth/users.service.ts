import { UserEntity, UserSessionEntity } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Principal } from '../access/principal';
import { badRequest, conflict, forbidden } from '../common/errors/duban.exception';
import { SetPersonLoginDto } from './dto/person-login.dto';
import { hashPassword } from './password-hasher';

export interface NewUser {
  personId: string;
  login: string;
  password: string | null;
  systemAdmin?: boolean;
}

/** Logins of the people of the directory, managed by their administrators. */
@Injectable()
export class UsersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates or changes the login of a person. Only a system administrator grants system administration. */
  async setLogin(personId: string, dto: SetPersonLoginDto, by: Principal) {
    if (dto.systemAdmin !== undefined && !by.systemAdmin) throw forbidden('只有系统管理员可以设置系统管理员');
    if (personId === by.personId && (dto.disabled || dto.systemAdmin === false)) throw forbidden('不能停用自己的账号或取消自己的系统管理员身份');
    return this.dataSource.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const existing = await users.findOne({ where: { personId }, lock: { mode: 'pessimistic_write' } });
      if (!existing) {
        if (!dto.login) throw badRequest('login', '新建账号时必须提供登录名');
        await this.create(manager, { personId, login: dto.login, password: dto.password ?? null, systemAdmin: dto.systemAdmin ?? false });
      } else {
        const changes: Partial<UserEntity> = {};
        if (dto.login !== undefined) changes.login = dto.login;
        if (dto.disabled !== undefined) changes.disabled = dto.disabled;
        if (dto.systemAdmin !== undefined) changes.systemAdmin = dto.systemAdmin;
        if (dto.password !== undefined) Object.assign(changes, { passwordHash: await hashPassword(dto.password), passwordChangedAt: new Date() });
        if (dto.login !== undefined && (await users.existsBy({ login: dto.login })) && existing.login !== dto.login) throw conflict('LOGIN_TAKEN', `登录名已被使用：${dto.login}`);
        await users.update({ id: existing.id }, changes);
        // A new password, a disabled account or a lost role: every session of the user ends.
        if (changes.passwordHash || changes.disabled || changes.systemAdmin === false) {
          await manager.update(UserSessionEntity, { userId: existing.id, revokedAt: IsNull() }, { revokedAt: new Date() });
        }
      }
      const user = await users.findOneOrFail({ where: { personId } });
      return { id: user.id, personId: user.personId, login: user.login, systemAdmin: user.systemAdmin, disabled: user.disabled, passwordChangedAt: user.passwordChangedAt };
    });
  }

  async create(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    const login = user.login.toLowerCase();
    if (await manager.getRepository(UserEntity).existsBy({ login })) throw conflict('LOGIN_TAKEN', `登录名已被使用：${login}`);
    return manager.getRepository(UserEntity).save({
      personId: user.personId,
      login,
      passwordHash: user.password ? await hashPassword(user.password) : null,
      passwordChangedAt: user.password ? new Date() : null,
      systemAdmin: user.systemAdmin ?? false,
    });
  }
}
