import { Module } from '@nestjs/common';
import { PreviewExports } from './preview-exports';
import { PreviewController } from './preview.controller';
import { PreviewService } from './preview.service';

@Module({
  controllers: [PreviewController],
  providers: [PreviewService, PreviewExports],
  exports: [PreviewService, PreviewExports],
})
export class PreviewModule {}
