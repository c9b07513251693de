import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { AssignHolderDto, CreatePositionDto } from './dto/position.dto';
import { PositionsService } from './positions.service';

@ApiTags('职位')
@Controller()
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Post('organizations/:organizationId/positions')
  @Can('position.manage', on('organization', 'params.organizationId'), on('person', 'body.holderId', { action: 'person.read' }))
  @ApiOperation({ summary: '在组织中设置职位（一把手、班子成员、纪委书记、组织部长）' })
  create(@IdParam('organizationId') organizationId: string, @Body() dto: CreatePositionDto) {
    return this.positions.create(organizationId, dto);
  }

  @Get('organizations/:organizationId/positions')
  @Can('organization.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '列出组织的职位与任职人' })
  list(@IdParam('organizationId') organizationId: string) {
    return this.positions.list(organizationId);
  }

  @Put('positions/:id/holder')
  @Can('position.manage', on('position', 'params.id'), on('person', 'body.personId', { action: 'person.read' }))
  @ApiOperation({ summary: '任命或空缺：设置职位的现任职人员' })
  assign(@IdParam() id: string, @Body() dto: AssignHolderDto) {
    return this.positions.assignHolder(id, dto);
  }

  @Get('positions/:id/holdings')
  @Can('organization.read', on('position', 'params.id'))
  @ApiOperation({ summary: '任职记录：谁在何时担任该职位' })
  holdings(@IdParam() id: string) {
    return this.positions.holdings(id);
  }
}
