import { Injectable, PipeTransform } from '@nestjs/common';
import { badRequest } from '../common/errors/duban.exception';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** A year in the path: an integer from 2000 to 2100, else 400 naming the parameter. */
@Injectable()
export class ParseYearPipe implements PipeTransform<string, number> {
  constructor(private readonly field = 'year') {}

  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(String(value)) || year < MIN_YEAR || year > MAX_YEAR) throw badRequest(this.field, `应为 ${MIN_YEAR} 至 ${MAX_YEAR} 之间的整数年份（收到 ${String(value)}）`);
    return year;
  }
}
