import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { IdParam } from '../common/validation/id-param.decorator';
import { CreateOrganizationDto, DissolveOrganizationDto, ListOrganizationsQuery, UpdateOrganizationDto } from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('组织')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Post()
  @Can(
    'organization.create',
    on('organization', 'body.parentId', { root: { when: 'missing', action: 'organization.root' } }),
    on('organization', 'body.stationedGroupId', { action: 'organization.read' }),
  )
  @ApiOperation({ summary: '新建组织（可指定上级）' })
  create(@Body() dto: CreateOrganizationDto) {
    return this.organizations.create(dto);
  }

  @Get()
  @Can('organization.list', on('organization', 'query.parentId', { action: 'organization.read' }))
  @ApiOperation({ summary: '列出组织' })
  list(@Query() query: ListOrganizationsQuery, @CurrentPrincipal() principal: Principal) {
    return this.organizations.list(query, principal);
  }

  @Get(':id')
  @Can('organization.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '查看组织' })
  get(@IdParam() id: string) {
    return this.organizations.get(id);
  }

  @Patch(':id')
  @Can(
    'organization.manage',
    on('organization', 'params.id'),
    // The new parent must be in the actor's own subtree; null (detaching: a new root) is for system administrators.
    on('organization', 'body.parentId', { root: { when: 'null', action: 'organization.root' } }),
    on('organization', 'body.stationedGroupId', { action: 'organization.read' }),
  )
  @ApiOperation({ summary: '修改组织名称、上级（null：脱离上级成为顶级组织，仅系统管理员）或派驻纪检监察组（null：清除）' })
  update(@IdParam() id: string, @Body() dto: UpdateOrganizationDto) {
    return this.organizations.update(id, dto);
  }

  @Get(':id/tree')
  @Can('organization.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '组织及其全部下级，含职位与任职人' })
  tree(@IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.organizations.subtree(id, principal);
  }

  @Post(':id/dissolution')
  @Can('organization.manage', on('organization', 'params.id'))
  @HttpCode(200)
  @ApiOperation({ summary: '撤销组织：其未完成的事项一并取消并注明原因' })
  dissolve(@IdParam() id: string, @Body() dto: DissolveOrganizationDto) {
    return this.organizations.dissolve(id, dto.reason);
  }
}
