import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Can } from '../access/access.decorators';
import { CalendarService } from './calendar.service';
import { CalendarYearDto, WorkingDayQuery } from './dto/calendar.dto';
import { MAX_YEAR, MIN_YEAR, ParseYearPipe } from './parse-year.pipe';

const YearParam = () => Param('year', new ParseYearPipe());
/** The bounds ParseYearPipe enforces, in the OpenAPI document. */
const YearInPath = () => ApiParam({ name: 'year', schema: { type: 'integer', minimum: MIN_YEAR, maximum: MAX_YEAR } });

@ApiTags('节假日日历')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('years')
  @Can('session')
  @ApiOperation({ summary: '节假日日历已有的年份：内置（2020–2026）与管理员提供的，各注明来源' })
  years() {
    return this.calendar.years();
  }

  @Get('years/:year')
  @Can('session')
  @ApiOperation({ summary: '一年的放假日（含节日名称）与调休上班日' })
  @YearInPath()
  year(@YearParam() year: number) {
    return this.calendar.year(year);
  }

  @Put('years/:year')
  @Can('calendar.manage')
  @ApiOperation({ summary: '提供（或替换）一年的节假日安排，如国务院办公厅公布的次年安排；自此按工作日顺延的截止日期据此计算' })
  @YearInPath()
  supply(@YearParam() year: number, @Body() dto: CalendarYearDto) {
    return this.calendar.supply(year, dto);
  }

  @Get('working-day')
  @Can('session')
  @ApiOperation({ summary: '某日是否工作日、节日名称、（含当日）下一个工作日' })
  workingDay(@Query() query: WorkingDayQuery) {
    return this.calendar.workingDay(query.date);
  }
}
