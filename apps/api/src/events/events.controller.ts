import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { IdParam } from '../common/validation/id-param.decorator';
import { DivisionChangesService } from './division-changes.service';
import { RecordDivisionChangeDto, RecordIncidentDto } from './dto/event.dto';
import { IncidentsService } from './incidents.service';

@ApiTags('事件')
@Controller()
export class EventsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly divisionChanges: DivisionChangesService,
  ) {}

  @Post('organizations/:organizationId/incidents')
  @Can('event.record', on('organization', 'params.organizationId'), on('person', 'body.personId', { action: 'person.read' }))
  @ApiOperation({ summary: '登记组织发生的事件（事故、案件、失职失责、决策失误、巡视巡察审计发现问题等），按策略包生成专题约谈、专题民主生活会等事项' })
  recordIncident(@IdParam('organizationId') organizationId: string, @Body() dto: RecordIncidentDto, @CurrentPrincipal() principal: Principal) {
    return this.incidents.record(organizationId, { ...dto, actorPersonId: principal.personId });
  }

  @Get('organizations/:organizationId/incidents')
  @Can('event.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '列出组织登记的事件' })
  listIncidents(@IdParam('organizationId') organizationId: string) {
    return this.incidents.list(organizationId);
  }

  @Get('incidents/:id')
  @Can('event.read', on('incident', 'params.id'))
  @ApiOperation({ summary: '事件及其生成的事项' })
  getIncident(@IdParam() id: string) {
    return this.incidents.get(id);
  }

  @Post('organizations/:organizationId/division-changes')
  @Can('event.record', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '登记领导班子成员分工调整，生成向上级党委报备的事项' })
  recordDivisionChange(@IdParam('organizationId') organizationId: string, @Body() dto: RecordDivisionChangeDto, @CurrentPrincipal() principal: Principal) {
    return this.divisionChanges.record(organizationId, { ...dto, actorPersonId: principal.personId });
  }

  @Get('organizations/:organizationId/division-changes')
  @Can('event.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '列出组织的分工调整记录' })
  listDivisionChanges(@IdParam('organizationId') organizationId: string) {
    return this.divisionChanges.list(organizationId);
  }
}
