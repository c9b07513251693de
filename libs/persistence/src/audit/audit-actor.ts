import { DataSource, EntityManager } from 'typeorm';

/** Who made a change: `person:<uuid>`, or `system` (workflows, operator commands). */
export type AuditActor = `person:${string}` | 'system';

export const personActor = (personId: string): AuditActor => `person:${personId}`;

/** Names the actor for the rest of the current transaction (the audit trigger reads `duban.actor`). */
export async function setAuditActor(manager: EntityManager, actor: AuditActor): Promise<void> {
  await manager.query(`SELECT set_config('duban.actor', $1, true)`, [actor]);
}

type PgClient = { query(sql: string, params: unknown[]): Promise<unknown>; __dubanActor?: string };
type PostgresDriverLike = { obtainMasterConnection(): Promise<[PgClient, (err?: unknown) => void]> };

/**
 * Makes every connection this data source hands out carry the actor of the code asking for it
 * (`currentActor()`, read when the connection is taken, e.g. from an AsyncLocalStorage per request),
 * as a session setting the audit trigger reads. Set only when it changes, so most queries cost nothing.
 */
export function installAuditActor(dataSource: DataSource, currentActor: () => AuditActor): void {
  const driver = dataSource.driver as unknown as PostgresDriverLike;
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = async () => {
    const actor = currentActor();
    const [client, release] = await obtain();
    if (client.__dubanActor !== actor) {
      try {
        await client.query(`SELECT set_config('duban.actor', $1, false)`, [actor]);
        client.__dubanActor = actor;
      } catch (error) {
        release(error);
        throw error;
      }
    }
    return [client, release];
  };
}
