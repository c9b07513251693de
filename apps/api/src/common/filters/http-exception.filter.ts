import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/** One error shape for every failure: { statusCode, code, message, details }. Nothing leaks a stack trace. */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'object' && payload !== null && 'code' in payload) return { status, body: payload as Record<string, unknown> };
      return { status, body: { statusCode: status, code: codeOf(status, exception), message: messageOf(status, exception), details: [] } };
    }
    // Errors of the body parser (too large, bad encoding) carry their own 4xx status.
    const parserStatus = (exception as { status?: unknown; expose?: unknown } | null)?.status;
    if (typeof parserStatus === 'number' && parserStatus >= 400 && parserStatus < 500 && (exception as { expose?: unknown }).expose === true) {
      const code = parserStatus === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
      const parseFailed = (exception as { type?: unknown }).type === 'entity.parse.failed';
      const message = parserStatus === 413 ? '请求体过大' : parseFailed ? '请求体不是合法的 JSON' : '请求体无法解析';
      return { status: parserStatus, body: { statusCode: parserStatus, code, message, details: [] } };
    }
    if (exception instanceof QueryFailedError && (exception as QueryFailedError & { code?: string }).code === '23505') {
      return { status: HttpStatus.CONFLICT, body: { statusCode: 409, code: 'DUPLICATE', message: '记录已存在（违反唯一约束）', details: [] } };
    }
    return { status: 500, body: { statusCode: 500, code: 'INTERNAL', message: '服务器内部错误，已记录日志', details: [] } };
  }
}

function codeOf(status: number, exception: HttpException): string {
  if (exception.name === 'PayloadTooLargeException') return 'PAYLOAD_TOO_LARGE';
  if (status === 400) return 'BAD_REQUEST';
  if (status === 404) return 'NOT_FOUND';
  return HttpStatus[status] ?? 'ERROR';
}

function messageOf(status: number, exception: HttpException): string {
  if (status === 400 && /JSON/i.test(exception.message)) return '请求体不是合法的 JSON';
  if (status === 404) return '请求的资源不存在';
  if (status === 413) return '请求体过大';
  return exception.message;
}
