import { DubanConfig } from '@duban/config';
import { dataSourceOptions } from '@duban/persistence';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DUBAN_CONFIG } from '../config/config.module';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [DUBAN_CONFIG],
      useFactory: (config: DubanConfig) => dataSourceOptions({ url: config.database.url, poolSize: config.database.poolSize }),
    }),
  ],
})
export class DatabaseModule {}
