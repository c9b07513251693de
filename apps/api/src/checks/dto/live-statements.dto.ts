import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';
import { IntegerBetween } from '../../common/validation/integer-between.decorator';
import { IsCalendarDate } from '../../common/validation/is-calendar-date.decorator';
import { Optional } from '../../common/validation/optional.decorator';

export class CheckYearQuery {
  @ApiPropertyOptional({ example: 2027, description: '年度（2000–2100）；默认今年' })
  @Optional()
  @Type(() => Number)
  @IntegerBetween(2000, 2100)
  year?: number;
}

/** The year's live presenters as the administrator confirms (or edits) them, and the meeting's date. */
export class ConfirmLiveStatementsDto {
  @ApiProperty({ example: 2027, description: '年度' })
  @IntegerBetween(2000, 2100)
  year!: number;

  @ApiProperty({ type: [String], format: 'uuid', description: '现场述责述廉的下级“一把手”（人员 id，须为现任下级一把手）；可在建议名单上增删' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  personIds!: string[];

  @ApiProperty({ example: '2027-06-18', description: '上级党委常委会（党组）扩大会议的日期（须在该年度内）；各人现场述责述廉事项以此为截止日' })
  @IsCalendarDate()
  meetingDate!: string;
}
