import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/validation/id-param.decorator';
import { DutiesService } from './duties.service';
import { CompleteDutyDto, ListDutiesQuery } from './dto/duty.dto';

@ApiTags('事项')
@Controller('duties')
export class DutiesController {
  constructor(private readonly duties: DutiesService) {}

  @Get()
  @ApiOperation({ summary: '查询事项（按组织、人员、状态、截止日期）' })
  list(@Query() query: ListDutiesQuery) {
    return this.duties.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看事项及其全部经过' })
  get(@IdParam() id: string) {
    return this.duties.get(id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: '事项经过（提醒、完成、逾期、升级建议与决定……）' })
  history(@IdParam() id: string) {
    return this.duties.history(id);
  }

  @Post(':id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: '责任人登记完成（日期、对象、情况），提醒随即停止' })
  complete(@IdParam() id: string, @Body() dto: CompleteDutyDto) {
    return this.duties.complete(id, dto);
  }
}
