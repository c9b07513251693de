import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';
import { EvidenceService } from './evidence.service';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceUploadInterceptor],
})
export class EvidenceModule {}
