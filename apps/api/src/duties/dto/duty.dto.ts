import { DUTY_STATUSES, DutyStatus } from '@duban/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

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
