/**
 * The one place the console turns an API refusal into Chinese for people. The API's error body is
 * `{ statusCode, code, message, details: [{ field, reason }] }` (apps/api/src/common/filters/http-exception.filter.ts);
 * a 400 names its fields in `details` (`note`, `items.0.name`), shown next to the form field; everything else is one
 * message for the action.
 */
export interface FieldProblem {
  field: string;
  reason: string;
}

export interface ApiErrorBody {
  statusCode?: number;
  code?: string;
  message?: string;
  details?: FieldProblem[];
}

export interface Refusal {
  status: number;
  code: string;
  /** For the action (antd message / Alert): always Chinese, never raw JSON. */
  message: string;
  /** Per form field (dotted path as the API names it) → the reason, for Form.setFields. */
  fields: Record<string, string>;
}

/** Used when the API's own message is missing or not Chinese (a proxy's page, a framework's English text). */
const DEFAULT_MESSAGES: Record<number, string> = {
  0: '无法连接服务器，请检查网络后重试',
  400: '提交的内容有误，请检查后重试',
  401: '登录已失效，请重新登录',
  403: '您无权执行此操作',
  404: '要查看或操作的记录不存在（可能已被删除）',
  409: '该记录已被他人处理或状态已变化，请刷新后查看',
  413: '文件或内容过大，超出允许的大小',
  415: '不支持的文件类型',
  429: '操作过于频繁，请稍后再试',
};

const hasChinese = (text: string | undefined): text is string => !!text && /[\u4e00-\u9fff]/.test(text);

function isBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The Chinese refusal for an HTTP status and whatever body came with it (JSON body, text, or nothing). */
export function describeRefusal(status: number, body: unknown): Refusal {
  const parsed = isBody(body) ? body : {};
  const code = typeof parsed.code === 'string' ? parsed.code : status === 0 ? 'NETWORK' : `HTTP_${status}`;
  const details = Array.isArray(parsed.details) ? parsed.details.filter((d) => d && typeof d.field === 'string' && typeof d.reason === 'string') : [];
  const fallback = DEFAULT_MESSAGES[status] ?? (status >= 500 ? '服务器暂时无法完成请求，请稍后再试' : `请求未能完成（${status}）`);
  const own = typeof parsed.message === 'string' ? parsed.message : undefined;

  if (status === 400 && details.length > 0) {
    const fields: Record<string, string> = {};
    for (const { field, reason } of details) fields[field] = fields[field] ? `${fields[field]}；${reason}` : reason;
    return { status, code, message: '提交的内容有误，请按标出的提示修改', fields };
  }
  if (status >= 500) return { status, code, message: fallback, fields: {} };
  return { status, code, message: hasChinese(own) ? own : fallback, fields: {} };
}

/** Splits a refusal's field problems into those the form shows and the rest, which join the action's message. */
export function splitFieldProblems(refusal: Refusal, formFields: readonly string[]): { shown: Record<string, string>; message: string | null } {
  const shown: Record<string, string> = {};
  const rest: string[] = [];
  for (const [field, reason] of Object.entries(refusal.fields)) {
    if (formFields.includes(field.split('.')[0])) shown[field] = reason;
    else rest.push(`${field}：${reason}`);
  }
  if (Object.keys(refusal.fields).length === 0) return { shown, message: refusal.message };
  if (rest.length === 0) return { shown, message: null };
  return { shown, message: `提交的内容有误：${rest.join('；')}` };
}

/** The API's dotted path (`items.0.name`) as an antd NamePath (`['items', 0, 'name']`). */
export function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
