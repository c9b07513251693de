import { DubanConfig } from '@duban/config';
import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DubanWorkflowClient } from '@duban/temporal';
import { Client, Connection } from '@temporalio/client';
import { DUBAN_CONFIG } from '../config/config.module';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

/** A Temporal client and duban's typed client over it (`@duban/temporal`); the connection is lazy so the API starts even while Temporal is still coming up. */
@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [DUBAN_CONFIG],
      useFactory: (config: DubanConfig) =>
        new Client({ connection: Connection.lazy({ address: config.temporal.address }), namespace: config.temporal.namespace }),
    },
    {
      provide: DubanWorkflowClient,
      inject: [TEMPORAL_CLIENT, DUBAN_CONFIG],
      useFactory: (client: Client, config: DubanConfig) => new DubanWorkflowClient(client, config.temporal.taskQueue, config.timeZone),
    },
  ],
  exports: [TEMPORAL_CLIENT, DubanWorkflowClient],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly workflows: DubanWorkflowClient,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.workflows.stop();
    await this.client.connection.close();
  }
}
