import { Module } from '@nestjs/common';
import { EvidenceController } from './evidence.controller';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';
import { EvidenceService } from './evidence.service';
import { EvidenceStores } from './store/evidence-stores';

@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceUploadInterceptor, EvidenceStores],
})
export class EvidenceModule {}
