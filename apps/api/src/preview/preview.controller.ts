import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Can, on } from '../access/access.decorators';
import { IdParam } from '../common/validation/id-param.decorator';
import { PreviewQuery } from './dto/preview-query.dto';
import { PreviewExports } from './preview-exports';
import { PreviewService } from './preview.service';

@ApiTags('年度事项预览')
@Controller('organizations/:organizationId')
export class PreviewController {
  constructor(
    private readonly previews: PreviewService,
    private readonly exports: PreviewExports,
  ) {}

  @Get('preview')
  @Can('preview.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '预览组织及其下级某年将有的全部周期事项（责任人、对象、周期、截止日期、出处），不生成、不启动；format=csv|xlsx 下载' })
  @ApiProduces('application/json', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async preview(@IdParam('organizationId') organizationId: string, @Query() query: PreviewQuery, @Res({ passthrough: true }) res: Response) {
    const preview = await this.previews.preview(organizationId, query.year ?? this.previews.currentYear());
    if (!query.format || query.format === 'json') return preview;
    return this.download(res, await this.exports.render(preview, query.format));
  }

  @Get('preview.csv')
  @Can('preview.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '下载年度事项预览（CSV，UTF-8 带 BOM）' })
  @ApiProduces('text/csv')
  async csv(@IdParam('organizationId') organizationId: string, @Query() query: PreviewQuery, @Res({ passthrough: true }) res: Response) {
    const preview = await this.previews.preview(organizationId, query.year ?? this.previews.currentYear());
    return this.download(res, await this.exports.render(preview, 'csv'));
  }

  @Get('preview.xlsx')
  @Can('preview.read', on('organization', 'params.organizationId'))
  @ApiOperation({ summary: '下载年度事项预览（Excel）' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async xlsx(@IdParam('organizationId') organizationId: string, @Query() query: PreviewQuery, @Res({ passthrough: true }) res: Response) {
    const preview = await this.previews.preview(organizationId, query.year ?? this.previews.currentYear());
    return this.download(res, await this.exports.render(preview, 'xlsx'));
  }

  private download(res: Response, file: { body: Buffer; contentType: string; disposition: string }): StreamableFile {
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', file.disposition);
    return new StreamableFile(file.body);
  }
}
