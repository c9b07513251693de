import { INCIDENT_KINDS, IncidentKind } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

export class RecordIncidentDto {
  @ApiProperty({
    enum: INCIDENT_KINDS,
    description:
      'dereliction=一把手失职失责，major_accident=重大事故事件，serious_case=严重违纪违法案件，decision_error=重大决策失误，' +
      'inspection_findings=巡视巡察、审计发现重要问题，review_findings=评议或政治生态研判反馈问题，rectification_inadequate=整改不到位，early_warning_signs=班子成员苗头性倾向性问题',
  })
  @IsIn(INCIDENT_KINDS, { message: `应为以下之一：${INCIDENT_KINDS.join('、')}` })
  kind!: IncidentKind;

  @ApiProperty({ example: '2027-05-01', description: '发生（发现）日期' })
  @IsCalendarDate()
  occurredOn!: string;

  @ApiProperty({ example: '某项目发生重大安全生产事故' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;

  @ApiPropertyOptional({ description: '涉及的领导班子成员（班子成员苗头性倾向性问题时必填）' })
  @Optional()
  @IsUUID()
  personId?: string;

  /** Set from the logged-in principal, never from the request body. */
  declare actorPersonId?: string;
}

export class RecordDivisionChangeDto {
  @ApiProperty({ example: '2027-02-01', description: '分工调整日期' })
  @IsCalendarDate()
  changedOn!: string;

  @ApiProperty({ example: '调整副书记、纪委书记分管范围' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description!: string;

  /** Set from the logged-in principal, never from the request body. */
  declare actorPersonId?: string;
}
