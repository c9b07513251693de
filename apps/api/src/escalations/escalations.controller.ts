import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { DecideEscalationDto, ListEscalationsQuery } from './dto/decide-escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('升级审批')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @Can('escalation.list')
  @ApiOperation({ summary: '升级建议（可按状态、责任单位筛选）' })
  list(@Query() query: ListEscalationsQuery, @CurrentPrincipal() principal: Principal) {
    return this.escalations.list(query, principal);
  }

  @Post(':id/decision')
  @Can('escalation.decide', on('escalation', 'params.id'))
  @HttpCode(200)
  @ApiResponse({ status: 202, description: '已受理：流程稍后执行决定' })
  @ApiErrorResponse(503, '督办流程暂不可用，决定未生效，请稍后重试')
  @ApiOperation({ summary: '监督人员决定升级建议：批准、驳回或给予新期限（200 已执行；202 已受理、稍后执行）' })
  async decide(@IdParam() id: string, @Body() dto: DecideEscalationDto, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) res: Response) {
    const result = await this.escalations.decide(id, dto, principal.personId);
    if ('accepted' in result) res.status(202);
    return result;
  }
}
