import { DubanConfig } from '@duban/config';
import { DynamicModule, Global, Module } from '@nestjs/common';

export const DUBAN_CONFIG = Symbol('DUBAN_CONFIG');

/** The configuration, validated once before the app is built, available everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: DubanConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: DUBAN_CONFIG, useValue: config }], exports: [DUBAN_CONFIG] };
  }
}
