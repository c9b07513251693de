import { RECTIFICATION_SEVERITIES, RECTIFICATION_SOURCES, RECTIFICATION_STATUSES, RectificationSeverity, RectificationSource, RectificationStatus, RETURN_KINDS, ReturnKind, SUPERVISING_BODIES, SupervisingBody } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { IsIsoDuration } from '../../common/validation/is-iso-duration.decorator';
import { Nullable, Optional } from '../../common/validation/optional.decorator';

const SOURCES_TEXT = 'inspection=巡视巡察，audit=审计，statement_review=述责述廉评议，democratic_life=民主生活会，political_ecology=政治生态分析研判反馈，special_inspection=专项督查，discipline_review=纪律检查，supervision_recommendation=纪检监察建议，other=其他';

export class RecordRectificationDto {
  @ApiProperty({ enum: RECTIFICATION_SOURCES, description: `问题来源：${SOURCES_TEXT}` })
  @IsIn(RECTIFICATION_SOURCES, { message: `问题来源只能是：${RECTIFICATION_SOURCES.join('、')}` })
  source!: RectificationSource;

  @ApiProperty({ example: '“三重一大”决策制度执行不严格，个别事项未经集体研究', description: '问题描述' })
  @IsString({ message: '问题描述必须是文字' })
  @IsNotEmpty({ message: '问题描述不能为空' })
  @MaxLength(4000, { message: '问题描述不能超过 4000 字' })
  description!: string;

  @ApiProperty({ example: '贯彻落实民主集中制', description: '问题类别' })
  @IsString({ message: '问题类别必须是文字' })
  @IsNotEmpty({ message: '问题类别不能为空' })
  @MaxLength(50, { message: '问题类别不能超过 50 字' })
  category!: string;

  @ApiProperty({ enum: RECTIFICATION_SEVERITIES, description: 'general=一般，serious=较重，grave=严重' })
  @IsIn(RECTIFICATION_SEVERITIES, { message: `严重程度只能是：${RECTIFICATION_SEVERITIES.join('、')}` })
  severity!: RectificationSeverity;

  @ApiProperty({ example: '2027-03-01', description: '发现（反馈）日期，不晚于今天' })
  @IsCalendarDate()
  foundOn!: string;

  @ApiProperty({ example: '2027-06-30', description: '整改期限：不早于发现日期，也不早于今天' })
  @IsCalendarDate()
  deadline!: string;

  @ApiPropertyOptional({ enum: SUPERVISING_BODIES, description: '审核验收的监督机构：discipline=纪检监察机构（默认），organization=组织部门，inspection=巡视巡察工作机构（由纪委书记座席接收）' })
  @Optional()
  @IsIn(SUPERVISING_BODIES, { message: `监督机构只能是：${SUPERVISING_BODIES.join('、')}` })
  supervisingBody?: SupervisingBody;

  @ApiPropertyOptional({ description: '监督单位：本组织或其上级（默认上级组织；顶级组织为其本身）' })
  @Optional()
  @IsUUID('all', { message: '监督单位必须是 UUID' })
  supervisingOrganizationId?: string;

  @ApiPropertyOptional({ example: '巡察反馈〔2027〕3号', description: '来源文件编号' })
  @Optional()
  @IsString({ message: '文号必须是文字' })
  @IsNotEmpty({ message: '文号不能为空' })
  @MaxLength(100, { message: '文号不能超过 100 字' })
  reference?: string;

  @ApiPropertyOptional({ nullable: true, description: '整改方案报送时限（发现之日起，ISO-8601 时长，如 P1M）；null=不要求方案；不填用监督单位设置或产品默认' })
  @Nullable()
  @IsIsoDuration()
  planWithin?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '整改进展报告间隔（如 P1M）；null=不要求；不填用监督单位设置或产品默认' })
  @Nullable()
  @IsIsoDuration()
  progressEvery?: string | null;

  @ApiPropertyOptional({ description: '审核通过后多久回访（如 P6M）；不填用监督单位设置或产品默认' })
  @Optional()
  @IsIsoDuration()
  visitAfter?: string;
}

export class ListRectificationsQuery {
  @ApiPropertyOptional({ description: '组织（含其全部下级）' })
  @Optional()
  @IsUUID('all', { message: '组织必须是 UUID' })
  organizationId?: string;

  @ApiPropertyOptional({ enum: RECTIFICATION_STATUSES })
  @Optional()
  @IsIn(RECTIFICATION_STATUSES, { message: `状态只能是：${RECTIFICATION_STATUSES.join('、')}` })
  status?: RectificationStatus;

  @ApiPropertyOptional({ enum: RECTIFICATION_SOURCES })
  @Optional()
  @IsIn(RECTIFICATION_SOURCES, { message: `问题来源只能是：${RECTIFICATION_SOURCES.join('、')}` })
  source?: RectificationSource;

  @ApiPropertyOptional({ description: 'true：只列逾期未完成的' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue 只能是 true 或 false' })
  overdue?: boolean;
}

export const RECTIFICATION_REVIEW_DECISIONS = ['accept', 'return'] as const;

export class ReviewRectificationDto {
  @ApiProperty({ enum: RECTIFICATION_REVIEW_DECISIONS, description: 'accept=审核通过（评估通过）；return=退回（须说明理由并给出新的整改期限）' })
  @IsIn(RECTIFICATION_REVIEW_DECISIONS, { message: '审核决定只能是 accept（通过）或 return（退回）' })
  decision!: (typeof RECTIFICATION_REVIEW_DECISIONS)[number];

  @ApiPropertyOptional({ enum: RETURN_KINDS, description: '退回性质：inadequate=整改不到位（默认），paper_only=“纸面整改”、虚假整改（提请通报曝光）' })
  @Optional()
  @IsIn(RETURN_KINDS, { message: `退回性质只能是：${RETURN_KINDS.join('、')}` })
  returnKind?: ReturnKind;

  @ApiPropertyOptional({ description: '审核意见；退回时必填' })
  @Optional()
  @IsString({ message: '审核意见必须是文字' })
  @IsNotEmpty({ message: '审核意见不能为空' })
  @MaxLength(2000, { message: '审核意见不能超过 2000 字' })
  reason?: string;

  @ApiPropertyOptional({ example: '2027-08-31', description: '退回时新的整改期限（晚于今天）；退回时必填' })
  @Optional()
  @IsCalendarDate()
  newDeadline?: string;
}

export const VISIT_OUTCOMES = ['confirmed', 'reopen'] as const;

export class VisitRectificationDto {
  @ApiProperty({ enum: VISIT_OUTCOMES, description: 'confirmed=回访确认整改到位（销号）；reopen=回访发现问题反弹或未整改到位，重新整改' })
  @IsIn(VISIT_OUTCOMES, { message: '回访结论只能是 confirmed（整改到位）或 reopen（重新整改）' })
  outcome!: (typeof VISIT_OUTCOMES)[number];

  @ApiProperty({ example: '2027-12-10', description: '回访日期，不晚于今天' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ description: '回访情况' })
  @IsString({ message: '回访情况必须是文字' })
  @IsNotEmpty({ message: '回访情况不能为空' })
  @MaxLength(4000, { message: '回访情况不能超过 4000 字' })
  note!: string;

  @ApiPropertyOptional({ example: '2028-03-31', description: '重新整改的期限（reopen 时必填，晚于今天）' })
  @Optional()
  @IsCalendarDate()
  newDeadline?: string;
}

export class DecideNoticeDto {
  @ApiProperty({ description: 'true=批准通报曝光（编号存档并发送至通报范围）；false=不予通报' })
  @IsBoolean({ message: 'approve 只能是 true 或 false' })
  approve!: boolean;

  @ApiPropertyOptional({ description: '审批意见' })
  @Optional()
  @IsString({ message: '审批意见必须是文字' })
  @IsNotEmpty({ message: '审批意见不能为空' })
  @MaxLength(2000, { message: '审批意见不能超过 2000 字' })
  note?: string;
}

export class CancelRectificationDto {
  @ApiProperty({ description: '撤销理由（如误录、问题已另案处理）' })
  @IsString({ message: '撤销理由必须是文字' })
  @IsNotEmpty({ message: '撤销理由不能为空' })
  @MaxLength(2000, { message: '撤销理由不能超过 2000 字' })
  reason!: string;
}

export class RectificationSettingsDto {
  @ApiPropertyOptional({ nullable: true, description: '整改方案报送时限（如 P1M）；null=不要求方案' })
  @Nullable()
  @IsIsoDuration()
  planWithin?: string | null;

  @ApiPropertyOptional({ nullable: true, description: '整改进展报告间隔（如 P1M）；null=不要求' })
  @Nullable()
  @IsIsoDuration()
  progressEvery?: string | null;

  @ApiPropertyOptional({ description: '审核通过后多久回访（如 P6M）' })
  @Optional()
  @IsIsoDuration()
  visitAfter?: string;

  @ApiPropertyOptional({ description: '约谈期限后多久仍未完成即提请通报曝光（如 P1M）' })
  @Optional()
  @IsIsoDuration()
  noticeAfterTalk?: string;

  @ApiPropertyOptional({ type: [String], description: '通报曝光的发送范围：本组织及其下级组织的 UUID 列表（发送至各组织“一把手”）' })
  @Optional()
  @IsArray({ message: '通报范围必须是组织 UUID 列表' })
  @ArrayMaxSize(1000, { message: '通报范围最多 1000 个组织' })
  @IsUUID('all', { each: true, message: '通报范围中的每一项必须是组织 UUID' })
  noticeRecipientOrganizationIds?: string[];
}
