import { DubanConfig } from '@duban/config';
import { UserEntity, UserSessionEntity } from '@duban/persistence';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Principal } from '../access/principal';
import { loadPrincipalScope } from '../access/principal-scope';
import { MeView } from './dto/me.view';
import { badRequest } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';
import { badCredentials, invalidToken } from './auth.errors';
import { LoginThrottle } from './login-throttle';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password-hasher';

export interface Authenticated {
  principal: Principal;
  userId: string;
  sessionId: string;
}

interface TokenClaims {
  sub: string;
  sid: string;
}

/**
 * Identity: passwords (scrypt), sessions and signed tokens. It answers one question for the rest of the
 * API — which Principal is this? — so a single sign-on (OIDC) can later answer it instead.
 */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DUBAN_CONFIG) private readonly config: DubanConfig,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottle,
  ) {}

  async login(loginName: string, password: string, address: string) {
    const login = loginName.trim().toLowerCase();
    await this.throttle.check(login, address);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.person', 'person')
      .where('u.login = :login', { login })
      .getOne();
    const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !valid || user.disabled) {
      await this.throttle.failed(login, address);
      throw badCredentials();
    }
    await this.throttle.succeeded(login);
    const expiresAt = new Date(Date.now() + this.config.auth.tokenTtlMs);
    const session = await this.dataSource.getRepository(UserSessionEntity).save({ userId: user.id, expiresAt, address: address.slice(0, 64) });
    const token = await this.jwt.signAsync({ sid: session.id } satisfies Omit<TokenClaims, 'sub'>, {
      subject: user.id,
      expiresIn: Math.floor(this.config.auth.tokenTtlMs / 1000),
    });
    return {
      token,
      tokenType: 'Bearer' as const,
      expiresAt: expiresAt.toISOString(),
      user: { id: user.id, login: user.login, systemAdmin: user.systemAdmin, person: { id: user.person!.id, name: user.person!.name } },
    };
  }

  /** The principal behind a token; 401 for anything forged, expired, logged out or disabled. */
  async authenticate(token: string): Promise<Authenticated> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw invalidToken();
    }
    if (typeof claims.sid !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sid)) throw invalidToken();
    const [row]: { user_id: string; person_id: string; system_admin: boolean }[] = await this.dataSource.query(
      `SELECT u.id AS user_id, u.person_id, u.system_admin FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id::text = $2 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [claims.sid, claims.sub],
    );
    if (!row) throw invalidToken();
    return { principal: { personId: row.person_id, systemAdmin: row.system_admin }, userId: row.user_id, sessionId: claims.sid };
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(UserSessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Changes the password and ends every session of the user, this one included. */
  async changePassword(userId: string, current: string, next: string): Promise<void> {
    const user = await this.dataSource.getRepository(UserEntity).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :userId', { userId }).getOneOrFail();
    if (!(await verifyPassword(current, user.passwordHash))) throw badRequest('currentPassword', '当前密码不正确');
    if (current === next) throw badRequest('newPassword', '新密码不能与当前密码相同');
    const passwordHash = await hashPassword(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { passwordHash, passwordChangedAt: new Date() });
      await manager.update(UserSessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }

  /** The user, and their standing in the tree (positions, supervision, administration) for the console's menus. */
  async me(auth: Authenticated): Promise<MeView> {
    const user = await this.dataSource.getRepository(UserEntity).findOneOrFail({ where: { id: auth.userId }, relations: { person: true } });
    const scope = await loadPrincipalScope(this.dataSource.manager, user.personId);
    const supervises = [...scope.supervises].sort();
    const administers = [...scope.administers].sort();
    return {
      id: user.id,
      login: user.login,
      systemAdmin: user.systemAdmin,
      person: { id: user.person!.id, name: user.person!.name, email: user.person!.email },
      roles: { leader: scope.memberOf.size > 0, supervisor: supervises.length > 0, administrator: administers.length > 0, systemAdmin: user.systemAdmin },
      supervises,
      administers,
    };
  }
}
