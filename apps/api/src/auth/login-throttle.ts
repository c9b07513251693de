import { LoginAttemptEntity } from '@duban/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { DubanException } from '../common/errors/duban.exception';

/** Failed logins allowed per window, per account and per address. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30 };

/** Counts failed logins in the database, so that every API process sees the same counts. */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async check(login: string, address: string): Promise<void> {
    const [row]: { account: number; address: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE login = $1)::int AS account, count(*) FILTER (WHERE address = $2)::int AS address
         FROM login_attempts WHERE at > now() - make_interval(mins => $3) AND (login = $1 OR address = $2)`,
      [login, address, THROTTLE.windowMinutes],
    );
    if (row.account >= THROTTLE.perAccount || row.address >= THROTTLE.perAddress) {
      throw new DubanException(
        HttpStatus.TOO_MANY_REQUESTS,
        'TOO_MANY_ATTEMPTS',
        `登录失败次数过多，请 ${THROTTLE.windowMinutes} 分钟后再试`,
      );
    }
  }

  async failed(login: string, address: string): Promise<void> {
    await this.dataSource.getRepository(LoginAttemptEntity).insert({ login, address });
    // Old attempts count for nothing: keep the table small.
    await this.dataSource.getRepository(LoginAttemptEntity).delete({ at: LessThan(new Date(Date.now() - 24 * 3600_000)) });
  }

  async succeeded(login: string): Promise<void> {
    await this.dataSource.getRepository(LoginAttemptEntity).delete({ login });
  }
}
