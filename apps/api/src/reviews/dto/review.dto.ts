import { APPRAISAL_GRADES, RETURN_KINDS, ReturnKind } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsZonedDateTime } from '../../common/validation/is-zoned-date-time.decorator';
import { Optional } from '../../common/validation/optional.decorator';

export const REVIEW_DECISIONS = ['accept', 'return'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export class ReviewCompletionDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, description: 'accept=审核通过；return=退回重新办理（敷衍、走过场等，须说明理由并给出新的截止时刻）' })
  @IsIn(REVIEW_DECISIONS, { message: '审核决定只能是 accept（通过）或 return（退回）' })
  decision!: ReviewDecision;

  @ApiPropertyOptional({ description: '审核意见；退回时必填（退回理由）' })
  @Optional()
  @IsString({ message: '审核意见必须是文字' })
  @IsNotEmpty({ message: '审核意见不能为空' })
  @MaxLength(2000, { message: '审核意见不能超过 2000 字' })
  reason?: string;

  @ApiPropertyOptional({ description: '退回时新的截止时刻（ISO-8601，须晚于现在）；退回时必填' })
  @Optional()
  @IsZonedDateTime()
  newDueAt?: string;

  @ApiPropertyOptional({ enum: RETURN_KINDS, description: '退回的性质（整改报告）：inadequate=整改不到位（默认），paper_only=“纸面整改”、虚假整改（安徽第（二十四）条：提请通报曝光）' })
  @Optional()
  @IsIn(RETURN_KINDS, { message: `退回性质只能是：${RETURN_KINDS.join('、')}` })
  returnKind?: ReturnKind;
}

export class AppraiseDutyDto {
  @ApiProperty({ enum: APPRAISAL_GRADES, description: '评议等次（原文未规定等次，默认好、较好、一般、差）' })
  @IsIn(APPRAISAL_GRADES, { message: `评议等次只能是：${APPRAISAL_GRADES.join('、')}` })
  grade!: (typeof APPRAISAL_GRADES)[number];

  @ApiPropertyOptional({ description: '评议意见' })
  @Optional()
  @IsString({ message: '评议意见必须是文字' })
  @IsNotEmpty({ message: '评议意见不能为空' })
  @MaxLength(2000, { message: '评议意见不能超过 2000 字' })
  comment?: string;
}

export class ListReviewsQuery {
  @ApiPropertyOptional({ description: '责任单位' })
  @Optional()
  @IsUUID('all', { message: '责任单位必须是 UUID' })
  organizationId?: string;
}
