import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/validation/id-param.decorator';
import { CreatePersonDto, ListPeopleQuery } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('人员')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Post()
  @ApiOperation({ summary: '登记人员' })
  create(@Body() dto: CreatePersonDto) {
    return this.people.create(dto);
  }

  @Get()
  @ApiOperation({ summary: '查找人员' })
  list(@Query() query: ListPeopleQuery) {
    return this.people.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '查看人员' })
  get(@IdParam() id: string) {
    return this.people.get(id);
  }
}
