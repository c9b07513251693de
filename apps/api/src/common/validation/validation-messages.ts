import { ValidationError } from 'class-validator';
import { FieldProblem } from '../errors/duban.exception';

/** Chinese reasons for the constraints the DTOs use; the constraint's own text is the fallback. */
const REASONS: Record<string, (constraint: string) => string> = {
  whitelistValidation: () => '是不允许的字段',
  isNotEmpty: () => '不能为空',
  isDefined: () => '必须提供',
  isString: () => '应为字符串',
  isUuid: () => '应为 UUID',
  isEmail: () => '应为有效的电子邮箱地址',
  isInt: () => '应为整数',
  isIn: (c) => `取值无效（${c.replace(/^.*following values: /, '可选：')}）`,
  isEnum: (c) => `取值无效（${c.replace(/^.*following values: /, '可选：')}）`,
  isDateString: () => '应为 ISO-8601 日期时间（例如 2026-12-31T00:00:00+08:00）',
  isIso8601: () => '应为 ISO-8601 日期（例如 2026-12-31）',
  isArray: () => '应为数组',
  arrayMaxSize: (c) => `元素过多（${c.replace(/^.*must contain no more than (\d+) elements$/, '最多 $1 个')}）`,
  arrayMinSize: (c) => `元素过少（${c.replace(/^.*must contain at least (\d+) elements$/, '至少 $1 个')}）`,
  isObject: () => '应为对象',
  maxLength: (c) => `过长（${c.replace(/^.*must be shorter than or equal to (\d+) characters$/, '最多 $1 个字符')}）`,
  min: (c) => `过小（${c.replace(/^.*must not be less than (\S+)$/, '最小为 $1')}）`,
  max: (c) => `过大（${c.replace(/^.*must not be greater than (\S+)$/, '最大为 $1')}）`,
  isBoolean: () => '应为 true 或 false',
};

export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([key, text]) => ({ field, reason: REASONS[key]?.(text) ?? text }));
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
