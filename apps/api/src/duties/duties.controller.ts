import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { conflict } from '../common/errors/duban.exception';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { DutiesService } from './duties.service';
import { CompleteDutyDto, ListDutiesQuery } from './dto/duty.dto';
import { CancelDutyDto, IssueDutiesDto } from './dto/issue-duties.dto';
import { DutyCancellation } from './duty-cancellation';
import { ManualDutiesService } from './manual-duties.service';

@ApiTags('事项')
@Controller()
export class DutiesController {
  constructor(
    private readonly duties: DutiesService,
    private readonly manual: ManualDutiesService,
    private readonly cancellation: DutyCancellation,
  ) {}

  @Post('organizations/:organizationId/duties')
  @Can('duty.issue', on('organization', 'params.organizationId'))
  @ApiResponse({ status: 202, description: '已受理：事项正在生成，稍后可在事项列表中查看' })
  @ApiErrorResponse(422, '事项未能生成（如模板不适用于该组织）')
  @ApiOperation({
    summary: '手动下达事项：本组织策略包中的模板、截止时刻、可选的催办调整；与周期、事件生成的同一事项不会重复（201 已生成；202 已受理、稍后生成）',
  })
  async issue(@IdParam('organizationId') organizationId: string, @Body() dto: IssueDutiesDto, @Res({ passthrough: true }) res: Response) {
    const { status, body } = await this.manual.issue(organizationId, dto);
    res.status(status);
    return body;
  }

  @Post('duties/:id/cancellation')
  @Can('duty.cancel', on('duty', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '管理员撤销未完成的事项（注明原因），催办随即停止' })
  async cancel(@IdParam() id: string, @Body() dto: CancelDutyDto) {
    const cancelled = await this.cancellation.cancel({ dutyId: id }, `管理员撤销：${dto.reason}`);
    if (cancelled === 0) throw conflict('DUTY_CLOSED', '该事项已完成或已取消');
    return this.duties.get(id);
  }

  @Get('duties')
  @Can('duty.list')
  @ApiOperation({ summary: '查询事项（按组织、人员、状态、截止日期）' })
  list(@Query() query: ListDutiesQuery, @CurrentPrincipal() principal: Principal) {
    return this.duties.list(query, principal);
  }

  @Get('duties/:id')
  @Can('duty.read', on('duty', 'params.id'))
  @ApiOperation({ summary: '查看事项及其全部经过' })
  get(@IdParam() id: string) {
    return this.duties.get(id);
  }

  @Get('duties/:id/history')
  @Can('duty.read', on('duty', 'params.id'))
  @ApiOperation({ summary: '事项经过（提醒、完成、逾期、升级建议与决定……）' })
  history(@IdParam() id: string) {
    return this.duties.history(id);
  }

  @Post('duties/:id/completion')
  @Can('duty.complete', on('duty', 'params.id'))
  @HttpCode(200)
  @ApiOperation({
    summary:
      '责任人登记完成（日期、对象、情况），提醒随即停止。须含事项模板要求的佐证（事项的 evidenceRequired）：要求文件的，须先上传至少一份佐证材料，否则 400（字段 evidence，说明应上传什么）',
  })
  complete(@IdParam() id: string, @Body() dto: CompleteDutyDto, @CurrentPrincipal() principal: Principal) {
    return this.duties.complete(id, dto, principal);
  }

  @Post('duties/:id/acknowledgement')
  @Can('duty.acknowledge', on('duty', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '责任人签收事项，停止“请签收”提醒（截止提醒照常）' })
  acknowledge(@IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.duties.acknowledge(id, principal.personId);
  }

  @Get('duties/:id/warning-notices')
  @Can('duty.read', on('duty', 'params.id'))
  @ApiOperation({ summary: '事项的预警函（编号、接收单位、PDF 地址）' })
  warningNotices(@IdParam() id: string) {
    return this.duties.warningNotices(id);
  }

  @Get('warning-notices/:id/pdf')
  @Can('duty.read', on('warningNotice', 'params.id'))
  @ApiOperation({ summary: '下载预警函 PDF' })
  async warningNoticePdf(@IdParam() id: string) {
    const { number, pdf } = await this.duties.warningNoticePdf(id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename*=UTF-8''${encodeURIComponent(`预警函-${number}.pdf`)}` });
  }
}
