import { Module } from '@nestjs/common';
import { DutiesModule } from '../duties/duties.module';
import { AppraisalsService } from './appraisals.service';
import { CompletionReviewsService } from './completion-reviews.service';
import { ReviewsController } from './reviews.controller';

@Module({ imports: [DutiesModule], controllers: [ReviewsController], providers: [CompletionReviewsService, AppraisalsService], exports: [CompletionReviewsService] })
export class ReviewsModule {}
