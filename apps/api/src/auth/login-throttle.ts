import { LoginAttemptEntity } from '@duban/persistence';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource, LessThan } from 'typeorm';
import { DubanException } from '../common/errors/duban.exception';

/**
 * Failed logins per window. An account is locked after `perAccount` failures. An address is never locked —
 * behind a reverse proxy or a NAT one address is a whole organization, and a stranger's guesses must not lock
 * out the people there with their right passwords — but past `perAddress` failures each further attempt
 * from it waits, doubling from `backoffStartMs` up to `backoffMaxMs`: guessing from there slows to a crawl.
 */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 30, backoffStartMs: 250, backoffMaxMs: 8_000 };

/** How long an attempt from an address with this many recent failures waits before it is checked. */
export function addressBackoffMs(failures: number): number {
  const over = failures - THROTTLE.perAddress;
  if (over < 0) return 0;
  return Math.min(THROTTLE.backoffMaxMs, THROTTLE.backoffStartMs * 2 ** Math.min(over, 16));
}

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
    if (row.account >= THROTTLE.perAccount) {
      throw new DubanException(HttpStatus.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', `该账号登录失败次数过多，请 ${THROTTLE.windowMinutes} 分钟后再试`);
    }
    const wait = addressBackoffMs(row.address);
    if (wait > 0) await sleep(wait);
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
