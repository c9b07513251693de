import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { DecideExtensionDto, ListExtensionsQuery, RequestExtensionDto } from './dto/extension.dto';
import { ExtensionsService } from './extensions.service';

@ApiTags('延期')
@Controller()
export class ExtensionsController {
  constructor(private readonly extensions: ExtensionsService) {}

  @Post('duties/:id/extension-requests')
  @Can('duty.request-extension', on('duty', 'params.id'))
  @ApiOperation({ summary: '责任人申请延期（说明理由）' })
  request(@IdParam() id: string, @Body() dto: RequestExtensionDto, @CurrentPrincipal() principal: Principal) {
    return this.extensions.request(id, dto, principal.personId);
  }

  @Get('extension-requests')
  @Can('extension.list')
  @ApiOperation({ summary: '延期申请（可按状态、责任单位筛选）' })
  list(@Query() query: ListExtensionsQuery, @CurrentPrincipal() principal: Principal) {
    return this.extensions.list(query, principal);
  }

  @Post('extension-requests/:id/decision')
  @Can('extension.decide', on('extension', 'params.id'))
  @HttpCode(200)
  @ApiResponse({ status: 202, description: '已受理：流程稍后执行决定' })
  @ApiErrorResponse(503, '督办流程暂不可用，决定未生效，请稍后重试')
  @ApiOperation({ summary: '监督人员同意（截止日期改变，催办重新开始）或不同意延期（200 已执行；202 已受理、稍后执行）' })
  async decide(@IdParam() id: string, @Body() dto: DecideExtensionDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const result = await this.extensions.decide(id, dto, principal.personId);
    if ('accepted' in result) res.status(202);
    return result;
  }
}
