import { DUTY_STATUSES, DutyColour, DutyStatus } from '@duban/domain';
import { DUTY_ESCALATIONS, DUTY_STATES, DUTY_TIMELINESS, DutyEscalation, DutyState, DutyTimeliness } from '@duban/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

const DUTY_COLOURS: readonly DutyColour[] = ['blue', 'yellow', 'red'];

export class ListDutiesQuery {
  @ApiPropertyOptional({ description: '责任单位' })
  @Optional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ description: '为 true 时包含责任单位的全部下级' })
  @Optional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  subtree?: boolean;

  @ApiPropertyOptional({ description: '责任人或谈话对象' })
  @Optional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: DUTY_STATUSES })
  @Optional()
  @IsIn(DUTY_STATUSES)
  status?: DutyStatus;

  @ApiPropertyOptional({ example: '2026-01-01', description: '截止日期不早于' })
  @Optional()
  @IsCalendarDate()
  dueFrom?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: '截止日期不晚于' })
  @Optional()
  @IsCalendarDate()
  dueTo?: string;

  @ApiPropertyOptional({ enum: DUTY_STATES, description: 'open=未完成（待办、已逾期、待审批升级、已升级）；active=未取消（未完成或已完成）' })
  @Optional()
  @IsIn(DUTY_STATES)
  state?: DutyState;

  @ApiPropertyOptional({ enum: DUTY_COLOURS, description: '状态颜色（与事项视图的 colour 同一规则）：blue=蓝（正常）、yellow=黄（临近截止）、red=红（逾期）；只含未完成的事项' })
  @Optional()
  @IsIn(DUTY_COLOURS)
  colour?: DutyColour;

  @ApiPropertyOptional({ enum: DUTY_TIMELINESS, description: '已完成的事项中：on_time=按时完成（完成登记不晚于现行截止时刻，含延期后的），late=逾期完成' })
  @Optional()
  @IsIn(DUTY_TIMELINESS)
  timeliness?: DutyTimeliness;

  @ApiPropertyOptional({ enum: DUTY_ESCALATIONS, description: '按升级建议：any=有升级（含直接升级），pending=有待审批的，approved=已报告上级（批准、超时自动或直接），rejected=有被驳回的' })
  @Optional()
  @IsIn(DUTY_ESCALATIONS)
  escalation?: DutyEscalation;

  @ApiPropertyOptional({ default: 1 })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(1, 10_000)
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(1, 200)
  pageSize?: number;
}

export class CompleteDutyDto {
  @ApiProperty({ example: '2026-11-20', description: '谈话（履职）日期' })
  @IsCalendarDate()
  heldOn!: string;

  @ApiPropertyOptional({ description: '实际谈话对象；默认为事项的对象' })
  @Optional()
  @IsUUID()
  counterpartPersonId?: string;

  @ApiProperty({ example: '就班子建设和廉洁自律情况开展监督谈话，提出三点要求。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;
}
