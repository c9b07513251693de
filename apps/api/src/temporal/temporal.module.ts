import { DubanConfig } from '@duban/config';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { DUBAN_CONFIG } from '../config/config.module';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

/** A Temporal client; the connection is lazy so the API starts even while Temporal is still coming up. */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [DUBAN_CONFIG],
      useFactory: (config: DubanConfig) =>
        new Client({ connection: Connection.lazy({ address: config.temporal.address }), namespace: config.temporal.namespace }),
    },
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
