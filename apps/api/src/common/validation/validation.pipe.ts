import { HttpStatus, ValidationPipe } from '@nestjs/common';
import { DubanException } from '../errors/duban.exception';
import { fieldProblems } from './validation-messages';

/** Unknown fields are refused, not silently dropped; every problem is named with its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => {
      const details = fieldProblems(errors);
      const summary = details.map((d) => `${d.field} ${d.reason}`).join('；');
      return new DubanException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `请求参数有误：${summary}`, details);
    },
  });
}
