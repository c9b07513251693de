import { Controller, Get, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { IdParam } from '../common/validation/id-param.decorator';
import { TreeImportQuery } from './dto/import-query.dto';
import { MAX_IMPORT_BYTES } from './import-sheets';
import { TreeImportService } from './tree-import.service';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ERROR = { type: 'object', properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object' } } } };

@ApiTags('组织')
@Controller('organizations/:id')
export class TreeImportController {
  constructor(private readonly imports: TreeImportService) {}

  @Get('import-template.xlsx')
  @Can('organization.create', on('organization', 'params.id'))
  @ApiOperation({ summary: '下载批量导入模板（组织、职位、人员三张表及“说明”表，含示例行）' })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: '导入模板（Excel）', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiResponse({ status: 401, description: '未登录', schema: ERROR })
  @ApiResponse({ status: 403, description: '不是该组织（或其上级）的管理员', schema: ERROR })
  @ApiResponse({ status: 404, description: '组织不存在或不在您的范围内', schema: ERROR })
  async template(@IdParam() id: string, @Res({ passthrough: true }) res: Response) {
    const file = await this.imports.template(id);
    res.setHeader('Content-Type', XLSX);
    res.setHeader('Content-Disposition', `attachment; filename="import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    return new StreamableFile(file.body);
  }

  @Post('import')
  @Can('organization.create', on('organization', 'params.id'))
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  @ApiOperation({
    summary: '从 Excel 批量导入下级组织、职位（含任职人）、人员（含登录名）：先校验全部行，任何一行有误则全部不导入；dryRun=true 只校验',
    description:
      '全部正确时在一个事务中导入，各记录与单独新建（POST /organizations、/organizations/{id}/positions、/people、PUT /people/{id}/login）走同一服务、同样记入审计日志。' +
      '任职人与新建职位时指定任职人相同（不是任免登记）；登录账号不设密码，须由管理员另行设置。同一份表再次导入会因组织代码、邮箱、登录名已存在而被拒绝（400，逐行指出），不会重复创建。',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: `按导入模板填写的 .xlsx 文件，最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB` } } } })
  @ApiResponse({
    status: 201,
    description: '已导入（或 dryRun 时校验通过），各类记录的数量',
    schema: {
      type: 'object',
      properties: {
        dryRun: { type: 'boolean' },
        created: { type: 'object', properties: { organizations: { type: 'integer' }, people: { type: 'integer' }, logins: { type: 'integer' }, positions: { type: 'integer' }, holders: { type: 'integer' } } },
      },
    },
  })
  @ApiResponse({
    status: 400,
    description: '文件不是 .xlsx、过大或缺失（details[0].field = file），或有行不正确（code = IMPORT_INVALID，details 逐条列出 {sheet, row, column, field, reason}），未导入任何内容',
    schema: ERROR,
  })
  @ApiResponse({ status: 401, description: '未登录', schema: ERROR })
  @ApiResponse({ status: 403, description: '不是该组织（或其上级）的管理员', schema: ERROR })
  @ApiResponse({ status: 404, description: '组织不存在或不在您的范围内', schema: ERROR })
  @ApiResponse({ status: 409, description: '与同时进行的另一次导入或新建冲突（代码、登录名刚被占用），未导入任何内容', schema: ERROR })
  import(@IdParam() id: string, @Query() query: TreeImportQuery, @UploadedFile() file: { buffer: Buffer; size: number } | undefined, @CurrentPrincipal() principal: Principal) {
    return this.imports.import(id, file, query.dryRun === 'true', principal);
  }
}
