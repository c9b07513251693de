import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { CheckYearQuery, ConfirmLiveStatementsDto } from './dto/live-statements.dto';
import { DrawSpotCheckDto, SpotCheckCandidatesQuery, VoidSpotCheckDto } from './dto/spot-checks.dto';
import { LiveStatementsService } from './live-statements.service';
import { SpotChecksService } from './spot-checks.service';

const DRAW_METHOD_TEXT =
  '抽取方法 sha256-rank-v1（任何人可凭记录的种子和名单复算）：N = 名单人数，抽取人数 = ⌈10% × N⌉（向上取整）；去掉被排除的人；' +
  '对其余每人计算 SHA-256(“种子:人员 id”)（UTF-8，小写十六进制），按其升序排列，取前若干人（可抽的人不足时全部抽取）。种子为 32 个随机字节（十六进制），由系统生成并记录';

@ApiTags('随机抽查与现场述责述廉')
@Controller()
export class ChecksController {
  constructor(
    private readonly live: LiveStatementsService,
    private readonly spot: SpotChecksService,
  ) {}

  @Get('organizations/:id/live-statements')
  @Can('check.read', on('organization', 'params.id'))
  @ApiOperation({
    summary:
      '现场述责述廉安排：本届任期（组织设置 termStartYear 起每 5 年一届）内每位现任下级“一把手”已在哪些年度现场述责述廉（按人计，年中新任者计为未述），' +
      '该年度的建议名单（未述者优先；人数 = max(⌈未述人数 ÷ 本届剩余年数⌉, ⌈总人数 ÷ 5⌉)），以及该年度已确认的名单与事项',
  })
  liveStatements(@IdParam() id: string, @Query() query: CheckYearQuery) {
    return this.live.overview(id, query.year);
  }

  @Put('organizations/:id/live-statements')
  @Can('check.manage', on('organization', 'params.id'))
  @ApiErrorResponse(422, '事项未能生成')
  @ApiOperation({
    summary:
      '确认（或修改）某年度现场述责述廉名单和会议日期：每人生成一项“现场述责述廉”事项（截止于会议日），经与周期相同的生成器下达；' +
      '策略包按届为每位下级一把手设此义务时（安徽），周期已生成的本届事项改以会议日为截止日；修改时被移出名单者的本年事项撤销（北京）或恢复届内截止日期（安徽）',
  })
  confirmLiveStatements(@IdParam() id: string, @Body() dto: ConfirmLiveStatementsDto, @CurrentPrincipal() principal: Principal) {
    return this.live.confirm(id, dto, principal.personId);
  }

  @Post('organizations/:id/spot-checks')
  @Can('check.manage', on('organization', 'params.id'))
  @ApiErrorResponse(422, '事项未能生成')
  @ApiOperation({
    summary:
      '随机抽查：从名单（直接下级的现任“一把手”或领导班子成员，按类型）中抽取，已有未完成抽查核实事项的人员自动排除、管理员排除的注明理由；' +
      '每名被抽中者生成一项核实事项（本组织策略包的 statement-spot-check 或 personal-matters-sampling 模板），经与周期相同的生成器下达。' +
      '同一组织、类型、年度只能有一次有效抽查（409 ALREADY_DRAWN），作废后可重新抽取。' +
      DRAW_METHOD_TEXT,
  })
  draw(@IdParam() id: string, @Body() dto: DrawSpotCheckDto, @CurrentPrincipal() principal: Principal) {
    return this.spot.draw(id, dto, principal.personId);
  }

  @Get('organizations/:id/spot-check-candidates')
  @Can('check.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '某类抽查现在的名单：直接下级的现任“一把手”或领导班子成员，并注明已有未完成抽查核实事项（将被自动排除）的人员' })
  candidates(@IdParam() id: string, @Query() query: SpotCheckCandidatesQuery) {
    return this.spot.candidates(id, query.kind);
  }

  @Get('organizations/:id/spot-checks')
  @Can('check.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '本组织的随机抽查记录（含种子、名单、排除及理由、抽中者、核实事项、作废情况），最新的在前' })
  listDraws(@IdParam() id: string, @Query() query: CheckYearQuery) {
    return this.spot.list(id, query.year);
  }

  @Get('organizations/:id/spot-checks/:drawId')
  @Can('check.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '一次随机抽查的记录' })
  getDraw(@IdParam() id: string, @IdParam('drawId') drawId: string) {
    return this.spot.get(id, drawId);
  }

  @Get('organizations/:id/spot-checks/:drawId/verification')
  @Can('check.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '复核：用记录的种子、名单和排除重新计算抽取结果，与记录的结果比较（reproduced）。' + DRAW_METHOD_TEXT })
  verifyDraw(@IdParam() id: string, @IdParam('drawId') drawId: string) {
    return this.spot.verify(id, drawId);
  }

  @Post('organizations/:id/spot-checks/:drawId/void')
  @Can('check.manage', on('organization', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '作废一次抽查（注明理由）：其未完成的核实事项随之撤销，之后可重新抽取；已作废的再作废为 409' })
  voidDraw(@IdParam() id: string, @IdParam('drawId') drawId: string, @Body() dto: VoidSpotCheckDto, @CurrentPrincipal() principal: Principal) {
    return this.spot.void(id, drawId, dto.reason, principal.personId);
  }
}
