import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/validation/id-param.decorator';
import { DutiesService } from './duties.service';
import { ActorDto, CompleteDutyDto, ListDutiesQuery } from './dto/duty.dto';

@ApiTags('事项')
@Controller()
export class DutiesController {
  constructor(private readonly duties: DutiesService) {}

  @Get('duties')
  @ApiOperation({ summary: '查询事项（按组织、人员、状态、截止日期）' })
  list(@Query() query: ListDutiesQuery) {
    return this.duties.list(query);
  }

  @Get('duties/:id')
  @ApiOperation({ summary: '查看事项及其全部经过' })
  get(@IdParam() id: string) {
    return this.duties.get(id);
  }

  @Get('duties/:id/history')
  @ApiOperation({ summary: '事项经过（提醒、完成、逾期、升级建议与决定……）' })
  history(@IdParam() id: string) {
    return this.duties.history(id);
  }

  @Post('duties/:id/completion')
  @HttpCode(200)
  @ApiOperation({ summary: '责任人登记完成（日期、对象、情况），提醒随即停止' })
  complete(@IdParam() id: string, @Body() dto: CompleteDutyDto) {
    return this.duties.complete(id, dto);
  }

  @Post('duties/:id/acknowledgement')
  @HttpCode(200)
  @ApiOperation({ summary: '责任人签收事项，停止“请签收”提醒（截止提醒照常）' })
  acknowledge(@IdParam() id: string, @Body() dto: ActorDto) {
    return this.duties.acknowledge(id, dto.actorPersonId);
  }

  @Get('duties/:id/warning-notices')
  @ApiOperation({ summary: '事项的预警函（编号、接收单位、PDF 地址）' })
  warningNotices(@IdParam() id: string) {
    return this.duties.warningNotices(id);
  }

  @Get('warning-notices/:id/pdf')
  @ApiOperation({ summary: '下载预警函 PDF' })
  async warningNoticePdf(@IdParam() id: string) {
    const { number, pdf } = await this.duties.warningNoticePdf(id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename*=UTF-8''${encodeURIComponent(`预警函-${number}.pdf`)}` });
  }
}
