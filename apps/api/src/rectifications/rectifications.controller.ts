import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { CancelRectificationDto, DecideNoticeDto, ListRectificationsQuery, RecordRectificationDto, RectificationSettingsDto, ReviewRectificationDto, VisitRectificationDto } from './dto/rectification.dto';
import { RectificationSettingsService } from './rectification-settings.service';
import { RectificationVerificationService } from './rectification-verification.service';
import { RectificationsService } from './rectifications.service';

@ApiTags('整改跟踪')
@Controller()
export class RectificationsController {
  constructor(
    private readonly rectifications: RectificationsService,
    private readonly verification: RectificationVerificationService,
    private readonly settings: RectificationSettingsService,
  ) {}

  @Post('organizations/:organizationId/rectifications')
  @Can('rectification.record', on('organization', 'params.organizationId'), on('organization', 'body.supervisingOrganizationId', { action: 'organization.read' }))
  @ApiErrorResponse(503, '整改跟踪流程暂不可用，未登记，请稍后重试')
  @ApiOperation({ summary: '登记一个整改问题（或纪检监察建议）：由该组织“一把手”作为第一责任人整改，监督单位审核验收；整改方案、进展、报告、回访逐项督办' })
  record(@IdParam('organizationId') organizationId: string, @Body() dto: RecordRectificationDto, @CurrentPrincipal() principal: Principal) {
    return this.rectifications.record(organizationId, dto, principal.personId);
  }

  @Get('rectifications')
  @Can('rectification.list')
  @ApiOperation({ summary: '整改台账：我可见范围内的整改事项（可按组织及其下级、状态、来源、是否逾期筛选）' })
  list(@Query() query: ListRectificationsQuery, @CurrentPrincipal() principal: Principal) {
    return this.rectifications.list(query, principal);
  }

  @Get('rectification-queue')
  @Can('rectification.list')
  @ApiOperation({ summary: '待我审核验收的整改事项：待审核的整改报告、待审批的通报曝光、待回访的事项' })
  queue(@CurrentPrincipal() principal: Principal) {
    return this.verification.queue(principal);
  }

  @Get('rectifications/:id')
  @Can('rectification.read', on('rectification', 'params.id'))
  @ApiOperation({ summary: '一个整改事项：状态、各节点事项、全过程记录、通报' })
  get(@IdParam() id: string) {
    return this.rectifications.get(id);
  }

  @Post('rectifications/:id/review')
  @Can('rectification.verify', on('rectification', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '监督单位审核整改报告（纪检监察建议为评估反馈）：通过，或退回（整改不到位 / “纸面整改”、虚假整改），须说明理由并给出新的整改期限' })
  review(@IdParam() id: string, @Body() dto: ReviewRectificationDto, @CurrentPrincipal() principal: Principal) {
    return this.verification.review(id, dto, principal);
  }

  @Post('rectifications/:id/visit')
  @Can('rectification.verify', on('rectification', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '登记回访：确认整改到位（销号），或发现问题反弹、重新整改（给出新的整改期限）' })
  visit(@IdParam() id: string, @Body() dto: VisitRectificationDto, @CurrentPrincipal() principal: Principal) {
    return this.verification.visit(id, dto, principal);
  }

  @Post('rectifications/:id/notice/decision')
  @Can('rectification.verify', on('rectification', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '审批通报曝光：批准后编号存档，发送至监督单位设定的通报范围；或不予通报' })
  decideNotice(@IdParam() id: string, @Body() dto: DecideNoticeDto, @CurrentPrincipal() principal: Principal) {
    return this.verification.decideNotice(id, dto, principal);
  }

  @Post('rectifications/:id/cancel')
  @Can('rectification.cancel', on('rectification', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '撤销整改事项（误录、另案处理等），其未完成的各节点事项一并撤销' })
  cancel(@IdParam() id: string, @Body() dto: CancelRectificationDto, @CurrentPrincipal() principal: Principal) {
    return this.rectifications.cancel(id, dto.reason, principal.personId);
  }

  @Get('organizations/:organizationId/rectification-settings')
  @Can('configuration.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '监督单位的整改设置：各节点时限（产品默认，可调整）和通报曝光的发送范围' })
  getSettings(@IdParam('organizationId') organizationId: string) {
    return this.settings.get(organizationId);
  }

  @Put('organizations/:organizationId/rectification-settings')
  @Can('configuration.manage', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '修改监督单位的整改设置（对此后登记的整改事项生效）' })
  putSettings(@IdParam('organizationId') organizationId: string, @Body() dto: RectificationSettingsDto) {
    return this.settings.put(organizationId, dto);
  }
}
