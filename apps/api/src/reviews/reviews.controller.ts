import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { AppraisalsService } from './appraisals.service';
import { CompletionReviewsService } from './completion-reviews.service';
import { AppraiseDutyDto, ListReviewsQuery, ReviewCompletionDto } from './dto/review.dto';

@ApiTags('完成情况审核与评议')
@Controller()
export class ReviewsController {
  constructor(
    private readonly reviews: CompletionReviewsService,
    private readonly appraisals: AppraisalsService,
  ) {}

  @Get('reviews')
  @Can('review.list')
  @ApiOperation({ summary: '待我审核的完成情况：我所监督的单位已登记完成、尚未审核通过的事项（含佐证材料）' })
  awaiting(@Query() query: ListReviewsQuery, @CurrentPrincipal() principal: Principal) {
    return this.reviews.awaiting(query, principal);
  }

  @Post('duties/:id/review')
  @Can('duty.review', on('duty', 'params.id'))
  @HttpCode(200)
  @ApiErrorResponse(503, '督办流程暂不可用，退回未生效，请稍后重试')
  @ApiOperation({ summary: '监督人员审核完成情况：通过，或退回重新办理（须说明理由并给出新的截止时刻，催办重新开始，责任人收到邮件）' })
  review(@IdParam() id: string, @Body() dto: ReviewCompletionDto, @CurrentPrincipal() principal: Principal) {
    return this.reviews.review(id, dto, principal.personId);
  }

  @Post('duties/:id/appraisal')
  @Can('duty.appraise', on('duty', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '监督人员记录述责述廉的评议结果（仅限制度规定评议的：中央第（七）条、山西第（五）条、常州工学院第 7 项）' })
  appraise(@IdParam() id: string, @Body() dto: AppraiseDutyDto, @CurrentPrincipal() principal: Principal) {
    return this.appraisals.appraise(id, dto, principal.personId);
  }
}
