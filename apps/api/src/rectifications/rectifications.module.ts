import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { RectificationSettingsService } from './rectification-settings.service';
import { RectificationVerificationService } from './rectification-verification.service';
import { RectificationsController } from './rectifications.controller';
import { RectificationsService } from './rectifications.service';

@Module({
  imports: [DutiesModule, ReviewsModule],
  controllers: [RectificationsController],
  providers: [RectificationsService, RectificationVerificationService, RectificationSettingsService],
  exports: [RectificationsService],
})
export class RectificationsModule {}
