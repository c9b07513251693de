import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { CyclesService } from './cycles.service';
import { OrganizationConfigurationService } from './organization-configuration.service';
import { PacksService } from './packs.service';
import { CycleSettingsDto, CyclesSwitchDto, OverrideDto } from './dto/configuration.dto';

@ApiTags('策略包与周期配置')
@Controller()
export class ConfigurationController {
  constructor(
    private readonly packCatalog: PacksService,
    private readonly configuration: OrganizationConfigurationService,
    private readonly cycleSwitch: CyclesService,
  ) {}

  @Get('packs')
  @Can('session')
  @ApiOperation({ summary: '策略包（每个制度文件一个，带版本）' })
  packs() {
    return this.packCatalog.packs();
  }

  @Get('packs/:packId')
  @Can('session')
  @ApiOperation({ summary: '一个策略包的全部义务模板：周期、次数、截止规则、出处（文件与条款）' })
  pack(@Param('packId') packId: string) {
    return this.packCatalog.pack(packId);
  }

  @Get('organizations/:organizationId/cycle-settings')
  @Can('configuration.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '组织自身的设置（策略包、截止日期顺延、提前生成时间、届期）与实际生效值及其来源' })
  settings(@IdParam('organizationId') organizationId: string) {
    return this.configuration.settings(organizationId);
  }

  @Put('organizations/:organizationId/cycle-settings')
  @Can('configuration.manage', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '修改组织设置；未提供的字段不变，null 表示沿用上级' })
  updateSettings(@IdParam('organizationId') organizationId: string, @Body() dto: CycleSettingsDto) {
    return this.configuration.updateSettings(organizationId, dto);
  }

  @Get('organizations/:organizationId/effective-configuration')
  @Can('configuration.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '生效配置：每项义务每个字段的生效值及来源（策略包、上级组织的覆盖、本组织的覆盖、产品默认）' })
  effective(@IdParam('organizationId') organizationId: string) {
    return this.configuration.effective(organizationId);
  }

  @Get('organizations/:organizationId/overrides')
  @Can('configuration.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '本组织的覆盖记录（含已被替代的历史与理由）' })
  overrides(@IdParam('organizationId') organizationId: string) {
    return this.configuration.overrides(organizationId);
  }

  @Put('organizations/:organizationId/overrides/:templateId')
  @Can('configuration.manage', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '覆盖一项义务的字段（本组织及沿用本组织的下级），须说明理由；可选择立即作用于未完成事项' })
  override(@IdParam('organizationId') organizationId: string, @Param('templateId') templateId: string, @Body() dto: OverrideDto, @CurrentPrincipal() principal: Principal) {
    return this.configuration.override(organizationId, templateId, dto, principal.personId);
  }

  @Get('organizations/:organizationId/cycles')
  @Can('configuration.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '周期运行状态：是否开启、已生成至何时、下一次生成时间' })
  cycles(@IdParam('organizationId') organizationId: string) {
    return this.cycleSwitch.cycleStatus(organizationId);
  }

  @Post('organizations/:organizationId/cycles')
  @Can('configuration.manage', on('organization', 'params.organizationId'))
  @HttpCode(200)
  @ApiErrorResponse(503, '周期设置已保存，但启动周期流程失败，请稍后重试同一请求')
  @ApiOperation({ summary: '开启或停止周期：开启后按生效配置在每期开启时生成事项并督办，重启不丢失' })
  switchCycles(@IdParam('organizationId') organizationId: string, @Body() dto: CyclesSwitchDto) {
    return this.cycleSwitch.switchCycles(organizationId, dto);
  }
}
