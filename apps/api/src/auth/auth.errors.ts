import { HttpStatus } from '@nestjs/common';
import { DubanException } from '../common/errors/duban.exception';

export const unauthenticated = (message = '请先登录（请求未携带访问令牌）') => new DubanException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', message);
export const invalidToken = () => new DubanException(HttpStatus.UNAUTHORIZED, 'INVALID_TOKEN', '访问令牌无效、已过期或已注销，请重新登录');
export const badCredentials = () => new DubanException(HttpStatus.UNAUTHORIZED, 'BAD_CREDENTIALS', '登录名或密码不正确');
