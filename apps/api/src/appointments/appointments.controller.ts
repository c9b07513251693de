import { Body, Controller, Get, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { AppointmentsService } from './appointments.service';
import { ListAppointmentsQuery, RecordAppointmentDto } from './dto/appointment.dto';

@ApiTags('任免')
@Controller()
export class AppointmentsController {
  constructor(private readonly appointments: AppointmentsService) {}

  @Post('appointments')
  @Can('event.record', on('position', 'body.positionId'), on('organization', 'body.organizationId'), on('person', 'body.personId', { action: 'person.read' }))
  @ApiOperation({ summary: '登记任职、调任或免职；生效之日起改变职位的任职人，新任“一把手”的任职谈话等事项随之生成' })
  record(@Body() dto: RecordAppointmentDto) {
    return this.appointments.record(dto);
  }

  @Get('appointments')
  @Can('event.read', on('organization', 'query.organizationId', { root: { when: 'missing' } }), on('person', 'query.personId', { action: 'person.read' }))
  @ApiOperation({ summary: '列出任免记录（可按组织、人员筛选）' })
  list(@Query() query: ListAppointmentsQuery) {
    return this.appointments.list(query);
  }

  @Get('appointments/:id')
  @Can('event.read', on('appointment', 'params.id'))
  @ApiOperation({ summary: '任免记录及其生成的事项、履责提醒函' })
  get(@IdParam() id: string) {
    return this.appointments.get(id);
  }

  @Get('reminder-letters/:id/pdf')
  @Can('event.read', on('reminderLetter', 'params.id'))
  @ApiOperation({ summary: '下载巡察整改履责提醒函（PDF）' })
  async letterPdf(@IdParam() id: string) {
    const { number, pdf } = await this.appointments.letterPdf(id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename*=UTF-8''${encodeURIComponent(`履责提醒函-${number}.pdf`)}` });
  }
}
