import { DubanConfig } from '@duban/config';
import { CallHandler, ExecutionContext, HttpException, HttpStatus, Inject, Injectable, NestInterceptor, PayloadTooLargeException, Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { badRequest, DubanException } from '../common/errors/duban.exception';
import { DUBAN_CONFIG } from '../config/config.module';

/** The multipart field that carries the file. */
export const EVIDENCE_FIELD = 'file';

const MB = 1024 * 1024;
const inWords = (bytes: number) => (bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`);

/**
 * Reads the one file of an evidence upload (field `file`, in memory, at most EVIDENCE_MAX_BYTES) after the access
 * guard has let the request through, and says what is wrong with a bad body in Chinese: 413 for a file too large,
 * 400 naming the field for anything else (another field holding a file, two files, a broken body).
 */
@Injectable()
export class EvidenceUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(DUBAN_CONFIG) private readonly config: DubanConfig) {
    const Multer: Type<NestInterceptor> = FileInterceptor(EVIDENCE_FIELD, {
      // No storage and no `dest`: multer keeps the file in memory (file.buffer).
      limits: { fileSize: config.evidence.maxBytes, files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): unknown {
    if (error instanceof DubanException) return error;
    if (error instanceof PayloadTooLargeException) {
      const limit = inWords(this.config.evidence.maxBytes);
      return new DubanException(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', `请求参数有误：${EVIDENCE_FIELD} 文件过大，单个文件不能超过 ${limit}`, [
        { field: EVIDENCE_FIELD, reason: `文件过大，单个文件不能超过 ${limit}` },
      ]);
    }
    if (error instanceof HttpException && error.getStatus() !== 400) return error;
    // Anything else is a body the parser could not take (multer's 400s, or the parser's own errors).
    const message = error instanceof HttpException ? String((error.getResponse() as { message?: unknown }).message ?? error.message) : String((error as Error)?.message);
    if (/unexpected (file )?field/i.test(message)) return badRequest(EVIDENCE_FIELD, `文件应放在字段 ${EVIDENCE_FIELD} 中`);
    if (/too many files/i.test(message)) return badRequest(EVIDENCE_FIELD, '每次只能上传一个文件');
    return badRequest(EVIDENCE_FIELD, '请求体不是有效的 multipart/form-data');
  }
}
