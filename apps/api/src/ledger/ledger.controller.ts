import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { LedgerQuery } from './dto/ledger-query.dto';
import { LedgerExports, LedgerFile, XLSX_TYPE } from './ledger-exports';
import { LedgerService } from './ledger.service';
import { DOCX_TYPE, StatementDraftService } from './statement-draft.service';

@ApiTags('履责记实')
@Controller()
export class LedgerController {
  constructor(
    private readonly ledgers: LedgerService,
    private readonly exports: LedgerExports,
    private readonly drafts: StatementDraftService,
  ) {}

  @Get('people/:personId/ledger')
  @Can('ledger.read', on('person', 'params.personId'))
  @ApiOperation({ summary: '个人某年度的履责记实台账：每项应履职事项（出处、对象、截止日期、完成情况与佐证、逾期、升级、延期、退回）及汇总；format=xlsx|pdf 下载' })
  @ApiProduces('application/json', XLSX_TYPE, 'application/pdf')
  async person(@IdParam('personId') personId: string, @Query() query: LedgerQuery, @Res({ passthrough: true }) res: Response) {
    const ledger = await this.ledgers.ofPerson(personId, query.year ?? this.ledgers.currentYear());
    if (!query.format || query.format === 'json') return ledger;
    return this.download(res, await this.exports.render(ledger, query.format));
  }

  @Get('organizations/:organizationId/ledger')
  @Can('ledger.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '组织领导班子某年度的履责记实台账（当年在该组织任职的每位成员及其本组织事项）；format=xlsx|pdf 下载' })
  @ApiProduces('application/json', XLSX_TYPE, 'application/pdf')
  async organization(@IdParam('organizationId') organizationId: string, @Query() query: LedgerQuery, @Res({ passthrough: true }) res: Response) {
    const ledger = await this.ledgers.ofOrganization(organizationId, query.year ?? this.ledgers.currentYear());
    if (!query.format || query.format === 'json') return ledger;
    return this.download(res, await this.exports.render(ledger, query.format));
  }

  @Get('duties/:id/statement-draft')
  @Can('ledger.read', on('duty', 'params.id'))
  @ApiOperation({ summary: '下载述责述廉报告初稿（.docx，按本人该年度履责记实台账预填）；修改后作为该事项的佐证材料上传' })
  @ApiProduces(DOCX_TYPE)
  async statementDraft(@IdParam() id: string, @Res({ passthrough: true }) res: Response) {
    return this.download(res, await this.drafts.draft(id));
  }

  private download(res: Response, file: LedgerFile): StreamableFile {
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', file.disposition);
    return new StreamableFile(file.body);
  }
}
