import { Controller, Delete, Get, HttpCode, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Can, CurrentPrincipal, on } from '../access/access.decorators';
import { Principal } from '../access/principal';
import { ApiErrorResponse } from '../common/openapi/api-error-response.decorator';
import { IdParam } from '../common/validation/id-param.decorator';
import { EvidenceFileView, EvidenceUploadBody } from './dto/evidence.dto';
import { ACCEPTED_EVIDENCE } from './evidence-type';
import { EVIDENCE_FIELD, EvidenceUploadInterceptor } from './evidence-upload.interceptor';
import { EvidenceService, UploadedEvidence } from './evidence.service';

const UNAUTHENTICATED = { status: 401, description: '未登录' };
const NOT_FOUND = { status: 404, description: '事项不存在或不在您的范围内' };

/** RFC 5987 value: percent-encoded UTF-8, also for the characters encodeURIComponent leaves alone but attr-char excludes. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

@ApiTags('佐证材料')
@Controller()
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('duties/:id/evidence')
  @Can('duty.add-evidence', on('duty', 'params.id'))
  @UseInterceptors(EvidenceUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadBody })
  @ApiOperation({
    summary: `上传一份履职佐证材料（会议记录、签字表、照片……）：字段 ${EVIDENCE_FIELD}，每次一个文件；按文件内容判断类型，只接受 ${ACCEPTED_EVIDENCE}。事项未完成或已完成时均可上传，已取消的不可`,
  })
  @ApiResponse({ status: 201, description: '已保存', type: EvidenceFileView })
  @ApiResponse({ status: 400, description: `缺少文件、文件为空、类型不支持或与扩展名不符（details 指明字段 ${EVIDENCE_FIELD} 和原因）` })
  @ApiResponse(UNAUTHENTICATED)
  @ApiResponse({ status: 403, description: '只有该事项的责任人本人可以上传' })
  @ApiResponse(NOT_FOUND)
  @ApiResponse({ status: 409, description: '事项已取消（DUTY_CANCELLED），或佐证材料已达上限（TOO_MANY_EVIDENCE_FILES）' })
  @ApiResponse({ status: 413, description: '文件超过大小上限（EVIDENCE_MAX_BYTES，默认 20 MB）' })
  @ApiErrorResponse(503, '佐证材料存储（EVIDENCE_STORE=s3 时的对象存储）暂不可用，文件未保存')
  add(@IdParam() id: string, @UploadedFile() file: UploadedEvidence | undefined, @CurrentPrincipal() principal: Principal) {
    return this.evidence.add(id, file, principal);
  }

  @Get('duties/:id/evidence')
  @Can('duty.read', on('duty', 'params.id'))
  @ApiOperation({ summary: '事项的佐证材料（不含文件内容；下载见 downloadUrl）' })
  @ApiResponse({ status: 200, type: [EvidenceFileView] })
  @ApiResponse({ status: 400, description: 'id 应为 UUID' })
  @ApiResponse(UNAUTHENTICATED)
  @ApiResponse(NOT_FOUND)
  list(@IdParam() id: string) {
    return this.evidence.list(id);
  }

  @Get('evidence/:id')
  @Can('duty.read', on('evidence', 'params.id'))
  @ApiProduces('application/octet-stream')
  @ApiOperation({ summary: '下载佐证材料（Content-Disposition: attachment，文件名按 RFC 5987 以 UTF-8 编码）' })
  @ApiResponse({ status: 200, description: '文件内容', schema: { type: 'string', format: 'binary' } })
  @ApiResponse({ status: 400, description: 'id 应为 UUID' })
  @ApiResponse(UNAUTHENTICATED)
  @ApiResponse({ status: 404, description: '佐证材料不存在，或其事项不在您的范围内' })
  @ApiErrorResponse(503, '佐证材料存储暂不可用')
  async download(@IdParam() id: string) {
    const file = await this.evidence.content(id);
    return new StreamableFile(file.stream, { type: file.contentType, length: file.size, disposition: `attachment; filename*=UTF-8''${rfc5987(file.fileName)}` });
  }

  @Delete('evidence/:id')
  @Can('duty.add-evidence', on('evidence', 'params.id'))
  @HttpCode(204)
  @ApiOperation({ summary: '上传者删除佐证材料（仅在事项未完成时）' })
  @ApiResponse({ status: 204, description: '已删除' })
  @ApiResponse({ status: 400, description: 'id 应为 UUID' })
  @ApiResponse(UNAUTHENTICATED)
  @ApiResponse({ status: 403, description: '只有上传者本人（且仍是事项的责任人）可以删除' })
  @ApiResponse({ status: 404, description: '佐证材料不存在，或其事项不在您的范围内' })
  @ApiResponse({ status: 409, description: '事项已完成或已取消（DUTY_CLOSED）' })
  async remove(@IdParam() id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.evidence.remove(id, principal);
  }
}
