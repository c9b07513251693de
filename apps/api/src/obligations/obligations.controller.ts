import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { DisableObligationDto, EnableObligationDto } from './dto/enable-obligation.dto';
import { ObligationsService } from './obligations.service';

@ApiTags('义务与周期')
@Controller()
export class ObligationsController {
  constructor(private readonly obligations: ObligationsService) {}

  @Get('obligations')
  @Can('session')
  @ApiOperation({ summary: '义务模板（含出处：文件与条款）' })
  list() {
    return this.obligations.templates();
  }

  @Get('obligations/:obligationId')
  @Can('session')
  @ApiOperation({ summary: '查看一个义务模板' })
  get(@Param('obligationId') obligationId: string) {
    return this.obligations.template(obligationId);
  }

  @Post('organizations/:organizationId/obligations')
  @Can('obligation.manage', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '为组织启用一项义务：生成本年度事项并启动督办流程' })
  enable(@IdParam('organizationId') organizationId: string, @Body() dto: EnableObligationDto) {
    return this.obligations.enable(organizationId, dto);
  }

  @Post('organizations/:organizationId/obligations/:obligationId/disable')
  @Can('obligation.manage', on('organization', 'params.organizationId'))
  @HttpCode(200)
  @ApiOperation({ summary: '停用一项义务：该年度未完成的事项一并取消并注明原因' })
  disable(@IdParam('organizationId') organizationId: string, @Param('obligationId') obligationId: string, @Body() dto: DisableObligationDto) {
    return this.obligations.disable(organizationId, obligationId, dto.year, dto.reason);
  }
}
