import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsString } from 'class-validator';
import { Optional } from '../../common/validation/optional.decorator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';

/**
 * One year of holidays and make-up working days as the State Council notice gives it. The shape is checked
 * here; the dates themselves (in the year, real, not twice, make-up days on weekends) by `validateCalendarYear`.
 */
export class CalendarYearDto {
  @ApiPropertyOptional({ example: 2027, description: '年份；可省略，省略时取路径中的年份，提供时必须与路径一致' })
  @Optional()
  @IntegerBetween(2000, 2100)
  year?: number;

  @ApiProperty({
    example: [{ date: '2027-01-01', name: '元旦' }],
    description: '每一个放假日（含假期内的周六、周日），带节日名称',
  })
  @IsArray()
  daysOff!: { date: string; name: string }[];

  @ApiProperty({ example: ['2027-02-20'], description: '调休上班日（周六或周日）' })
  @IsArray()
  makeUpWorkdays!: string[];

  @ApiProperty({ example: '国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕X号）', description: '依据（通知名称或文号）' })
  @IsString()
  source!: string;
}

export class WorkingDayQuery {
  @ApiProperty({ example: '2025-10-01', description: '日期 YYYY-MM-DD' })
  @IsCalendarDate()
  date!: string;
}
