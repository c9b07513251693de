import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardQuery } from './dto/dashboard-query.dto';

@ApiTags('督办看板')
@Controller()
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('organizations/:id/dashboard')
  @Can('dashboard.read', on('organization', 'params.id'))
  @ApiOperation({
    summary:
      '督办看板：某年截止、未取消的事项——本组织及全部下级合计（total）、本组织自身（own）、每个直接下级（含其全部下级，children，并按按时完成率排名 ranking）；' +
      '应完成、已完成、按时完成（完成登记不晚于现行截止时刻）、逾期完成、完成率与按时完成率（均以应完成数为分母）、当前逾期（红）、未完成按蓝/黄/红；逐月趋势；升级情况（有升级建议、待审批、已报告上级、被驳回的事项数）。' +
      '每个数字都可下钻：GET /duties 加上所在行的 query 与 figureFilters 中该数字的条件，返回的 total 即该数字',
  })
  @ApiResponse({ status: 200, description: '看板' })
  @ApiResponse({ status: 400, description: 'id 应为 UUID；year 应为 2000–2100 的整数' })
  @ApiResponse({ status: 401, description: '未登录' })
  @ApiResponse({ status: 403, description: '只有该组织（或其上级）的管理员或监督人员可以查看' })
  @ApiResponse({ status: 404, description: '组织不存在或不在您的范围内' })
  get(@IdParam() id: string, @Query() query: DashboardQuery) {
    return this.dashboard.dashboard(id, query.year);
  }
}
