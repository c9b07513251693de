import { Module } from '@nestjs/common';
import { PreviewModule } from '../preview/preview.module';
import { ConfigurationDiffController } from './configuration-diff.controller';
import { ConfigurationDiffService } from './configuration-diff.service';

@Module({
  imports: [PreviewModule],
  controllers: [ConfigurationDiffController],
  providers: [ConfigurationDiffService],
})
export class ConfigurationDiffModule {}
