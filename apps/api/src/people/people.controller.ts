import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { IdParam } from '../common/validation/id-param.decorator';
import { CreatePersonDto, ListPeopleQuery } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('人员')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @Can('person.create', on('organization', 'body.organizationId', { root: { when: 'missing' } }))
  @ApiOperation({ summary: '在组织中登记人员（不指定组织仅限系统管理员）' })
  create(@Body() dto: CreatePersonDto, @CurrentPrincipal() principal: Principal) {
    return this.people.create(dto, principal);
  }

  @Get()
  @Can('person.list')
  @ApiOperation({ summary: '查找人员' })
  list(@Query() query: ListPeopleQuery, @CurrentPrincipal() principal: Principal) {
    return this.people.list(query, principal);
  }

  @Get(':id')
  @Can('person.read', on('person', 'params.id'))
  @ApiOperation({ summary: '查看人员' })
  get(@IdParam() id: string) {
    return this.people.get(id);
  }
}
