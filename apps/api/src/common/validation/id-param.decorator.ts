import { Param, ParseUUIDPipe } from '@nestjs/common';
import { badRequest } from '../errors/duban.exception';

/** A path id that must be a UUID; otherwise 400 naming the parameter. */
export const IdParam = (name = 'id') => Param(name, new ParseUUIDPipe({ exceptionFactory: () => badRequest(name, '应为 UUID') }));
