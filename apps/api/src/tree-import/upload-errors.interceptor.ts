import { CallHandler, HttpException, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, Observable, throwError } from 'rxjs';
import { badRequest } from '../common/errors/duban.exception';
import { MAX_IMPORT_BYTES } from './import-sheets';

/**
 * Placed outside the multipart parser: its refusals (a file too large, another field than `file`, a broken
 * body) become 400 on `file` with a Chinese reason, like every other bad input.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  intercept(_: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException) || (error.getResponse() as { code?: string })?.code) return throwError(() => error);
        if (error.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE) return throwError(() => badRequest('file', `文件过大：上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请分批导入`));
        if (error.getStatus() === HttpStatus.BAD_REQUEST) return throwError(() => badRequest('file', `上传有误：只接受一个名为 file 的 .xlsx 文件（${error.message}）`));
        return throwError(() => error);
      }),
    );
  }
}
