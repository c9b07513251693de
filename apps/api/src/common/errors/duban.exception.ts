import { HttpException, HttpStatus } from '@nestjs/common';

export interface FieldProblem {
  field: string;
  reason: string;
}

/** An error with a stable code for programs and a Chinese message for people. */
export class DubanException extends HttpException {
  constructor(status: HttpStatus, readonly code: string, message: string, readonly details: FieldProblem[] = []) {
    super({ statusCode: status, code, message, details }, status);
  }
}

export const badRequest = (field: string, reason: string) => new DubanException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求参数有误：${field} ${reason}`, [{ field, reason }]);
export const notFound = (what: string, id: string) => new DubanException(HttpStatus.NOT_FOUND, 'NOT_FOUND', `${what}不存在：${id}`);
export const forbidden = (message: string) => new DubanException(HttpStatus.FORBIDDEN, 'FORBIDDEN', message);
export const conflict = (code: string, message: string) => new DubanException(HttpStatus.CONFLICT, code, message);
export const unavailable = (message: string) => new DubanException(HttpStatus.SERVICE_UNAVAILABLE, 'UNAVAILABLE', message);
