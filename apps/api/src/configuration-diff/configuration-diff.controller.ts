import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { ConfigurationDiffService } from './configuration-diff.service';
import { ConfigurationDiffDto } from './dto/configuration-diff.dto';

const ERROR = { type: 'object', properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object' } } } };
const DUTY = {
  type: 'object',
  properties: {
    key: { type: 'string', description: '事项标识（组织、义务、周期、责任岗位、对象），与生成事项时的去重键相同' },
    templateId: { type: 'string' },
    title: { type: 'string' },
    period: { type: 'string' },
    dueDate: { type: 'string', format: 'date' },
    responsible: { type: 'object', properties: { personId: { type: 'string' }, name: { type: 'string' }, positionTitle: { type: 'string' } } },
    counterpart: { type: 'object', properties: { personId: { type: 'string' }, name: { type: 'string' } } },
  },
};

@ApiTags('策略包与周期配置')
@Controller('organizations/:id')
export class ConfigurationDiffController {
  constructor(private readonly diffs: ConfigurationDiffService) {}

  @Post('configuration-diff')
  @Can('configuration.manage', on('organization', 'params.id'))
  @HttpCode(200)
  @ApiOperation({
    summary: '变更影响预览：保存覆盖或改选策略包之前，查看该年度本组织及下级将新增、取消、改期的周期事项（不写入任何内容）',
    description: '按当前生效配置与假设变更后的配置分别规划该年度（与年度事项预览相同的规划），按事项标识比较；只列出有变化的组织。校验与 PUT …/overrides/{templateId}、PUT …/cycle-settings 相同。',
  })
  @ApiResponse({
    status: 200,
    description: '各组织新增（added）、取消（removed）、改期（moved，含 fromDate、toDate）的事项与合计',
    schema: {
      type: 'object',
      properties: {
        year: { type: 'integer' },
        organizations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              organizationId: { type: 'string', format: 'uuid' },
              name: { type: 'string' },
              added: { type: 'array', items: DUTY },
              removed: { type: 'array', items: DUTY },
              moved: { type: 'array', items: { allOf: [DUTY, { type: 'object', properties: { fromDate: { type: 'string', format: 'date' }, toDate: { type: 'string', format: 'date' } } }] } },
            },
          },
        },
        totals: { type: 'object', properties: { added: { type: 'integer' }, removed: { type: 'integer' }, moved: { type: 'integer' } } },
      },
    },
  })
  @ApiResponse({ status: 400, description: '参数有误：未知的策略包或义务模板、不可覆盖的字段或取值（details 指出字段与原因）', schema: ERROR })
  @ApiResponse({ status: 401, description: '未登录', schema: ERROR })
  @ApiResponse({ status: 403, description: '不是该组织（或其上级）的管理员', schema: ERROR })
  @ApiResponse({ status: 404, description: '组织不存在或不在您的范围内', schema: ERROR })
  diff(@IdParam() id: string, @Body() dto: ConfigurationDiffDto) {
    return this.diffs.diff(id, dto);
  }
}
