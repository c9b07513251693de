import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Can, on } from '../access/access.decorators';
import { AuditService } from './audit.service';
import { AuditExportQuery, AuditListQuery } from './dto/audit-export.dto';

@ApiTags('审计')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('verify')
  @Can('audit.verify')
  @ApiOperation({ summary: '校验审计日志的哈希链，指出第一条被改动或删除的条目（系统管理员）' })
  verify() {
    return this.audit.verify();
  }

  @Get('entries')
  @Can('audit.export', on('organization', 'query.organizationId', { root: { when: 'missing' } }))
  @ApiOperation({ summary: '分页查看组织（含下级及其人员的账号变更）在某一期间的审计日志，最新的在前；不指定组织则为全部（系统管理员）' })
  entries(@Query() query: AuditListQuery) {
    return this.audit.list(query);
  }

  @Get('export')
  @Can('audit.export', on('organization', 'query.organizationId', { root: { when: 'missing' } }))
  @ApiOperation({ summary: '导出组织（含下级及其人员的账号变更）在某一期间的审计日志（CSV，UTF-8 带 BOM）；不指定组织则导出全部（系统管理员）' })
  async export(@Query() query: AuditExportQuery) {
    const { filename, csv } = await this.audit.exportCsv(query);
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: `attachment; filename*=UTF-8''${encodeURIComponent(filename)}` });
  }
}
