import { Body, Controller, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/validation/id-param.decorator';
import { Can, on } from './access.decorators';
import { AccessService } from './access.service';
import { GrantAdministratorDto, SetSupervisingDto } from './dto/access.dto';

@ApiTags('权限')
@Controller()
export class AccessController {
  constructor(private readonly access: AccessService) {}

  @Get('organizations/:id/administrators')
  @Can('organization.read', on('organization', 'params.id'))
  @ApiOperation({ summary: '组织的管理员（管理本组织及其全部下级）' })
  administrators(@IdParam() id: string) {
    return this.access.administrators(id);
  }

  @Post('organizations/:id/administrators')
  @Can('organization.manage', on('organization', 'params.id'), on('person', 'body.personId', { action: 'person.read' }))
  @ApiOperation({ summary: '授权某人管理本组织及其全部下级' })
  grant(@IdParam() id: string, @Body() dto: GrantAdministratorDto) {
    return this.access.grant(id, dto.personId);
  }

  @Delete('organizations/:id/administrators/:personId')
  @Can('organization.manage', on('organization', 'params.id'))
  @ApiOperation({ summary: '撤销管理员授权' })
  revoke(@IdParam() id: string, @IdParam('personId') personId: string) {
    return this.access.revoke(id, personId);
  }

  @Put('positions/:id/supervising')
  @Can('position.manage', on('position', 'params.id'))
  @ApiOperation({ summary: '标记职位为监督职位：任职人监督本组织及其下级的事项并审批升级、延期' })
  setSupervising(@IdParam() id: string, @Body() dto: SetSupervisingDto) {
    return this.access.setSupervising(id, dto.supervising);
  }
}
