import { FieldProblem } from '../errors/duban.exception';

/** How deep objects and arrays may nest in a request; the deepest body duban itself takes nests 5 levels. */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The first thing in a parsed request input (a JSON body, a query) that no route can take, or null:
 * nesting deeper than MAX_INPUT_DEPTH (the validation pipe would overflow the stack on it), a NUL character
 * (PostgreSQL refuses it in text), a lone UTF-16 surrogate (not text at all), a number JSON could not hold
 * (1e400 parses to Infinity). Keys are checked like values. The walk keeps its own stack and never recurses,
 * so no input can exhaust the call stack here either.
 */
export function findInputProblem(input: unknown): FieldProblem | null {
  const pending: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      const reason = textProblem(value);
      if (reason) return { field: fieldName(path), reason };
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { field: fieldName(path), reason: '数值超出范围' };
    } else if (typeof value === 'object' && value !== null) {
      if (path.length >= MAX_INPUT_DEPTH) return { field: fieldName(path), reason: `嵌套过深（最多 ${MAX_INPUT_DEPTH} 层）` };
      const entries = Object.entries(value);
      for (const [key] of entries) {
        const keyReason = textProblem(key);
        if (keyReason) return { field: fieldName([...path, key]), reason: `字段名${keyReason}` };
      }
      // Reversed onto the stack, so that the first problem in document order is the one named.
      for (let i = entries.length - 1; i >= 0; i--) pending.push({ value: entries[i][1], path: [...path, entries[i][0]] });
    }
  }
  return null;
}

function textProblem(text: string): string | null {
  if (text.includes('\u0000')) return '不能包含空字符（\\u0000）';
  if (LONE_SURROGATE.test(text)) return '含有无效的 Unicode 字符（孤立的代理项）';
  return null;
}

/** `a.b.0.c`, as the validation pipe names nested fields; unprintable characters written as \uXXXX escapes. */
function fieldName(path: string[]): string {
  if (path.length === 0) return '请求体';
  return path.join('.').replace(/[\u0000-\u001f]|\p{Surrogate}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
