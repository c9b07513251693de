import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/validation/id-param.decorator';
import { DecideEscalationDto, ListEscalationsQuery } from './dto/decide-escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('升级审批')
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get()
  @ApiOperation({ summary: '升级建议（可按状态、责任单位筛选）' })
  list(@Query() query: ListEscalationsQuery) {
    return this.escalations.list(query);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: '监督人员决定升级建议：批准、驳回或给予新期限（200 已执行；202 已受理、稍后执行）' })
  async decide(@IdParam() id: string, @Body() dto: DecideEscalationDto, @Res({ passthrough: true }) res: Response) {
    const result = await this.escalations.decide(id, dto);
    if ('accepted' in result) res.status(202);
    return result;
  }
}
