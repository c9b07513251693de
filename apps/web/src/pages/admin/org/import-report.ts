/** The tree import's answers (POST /organizations/:id/import): the per-cell report of a refusal, the counts of a success. */

export interface ImportProblem {
  key: string;
  sheet: string;
  /** The row number Excel shows (1 is the header row); 0 when the problem is the file itself. */
  row: number;
  column: string;
  field: string;
  reason: string;
}

export interface ImportCounts {
  organizations: number;
  people: number;
  logins: number;
  positions: number;
  holders: number;
}

export const COUNT_LABELS: Record<keyof ImportCounts, string> = {
  organizations: '组织',
  positions: '职位',
  holders: '任职人',
  people: '人员',
  logins: '登录账号',
};

const text = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/**
 * The rows of the validation report from a 400's body: IMPORT_INVALID details name sheet/row/column; a refused file
 * (not .xlsx, too large, missing) names only `file`. Sorted as the workbook reads: by sheet, then row.
 */
export function importProblems(body: unknown): ImportProblem[] {
  const details = typeof body === 'object' && body !== null && Array.isArray((body as { details?: unknown }).details) ? (body as { details: unknown[] }).details : [];
  const sheetOrder: string[] = [];
  const problems = details
    .filter((detail): detail is Record<string, unknown> => typeof detail === 'object' && detail !== null && typeof (detail as { reason?: unknown }).reason === 'string')
    .map((detail, index) => {
      const sheet = text(detail.sheet);
      if (sheet && !sheetOrder.includes(sheet)) sheetOrder.push(sheet);
      return { key: String(index), sheet, row: typeof detail.row === 'number' ? detail.row : 0, column: text(detail.column), field: text(detail.field), reason: text(detail.reason) };
    });
  return problems.sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || a.row - b.row);
}

/** `{ dryRun, created }` → the counts, 0 for any the API left out. */
export function importCounts(body: unknown): ImportCounts {
  const created = (typeof body === 'object' && body !== null ? (body as { created?: Record<string, unknown> }).created : undefined) ?? {};
  const count = (key: keyof ImportCounts) => (typeof created[key] === 'number' ? (created[key] as number) : 0);
  return { organizations: count('organizations'), people: count('people'), logins: count('logins'), positions: count('positions'), holders: count('holders') };
}

/** 组织 3 个、职位 6 个… (only what is not zero; 无 when nothing). */
export function countsSummary(counts: ImportCounts): string {
  const parts = (Object.keys(COUNT_LABELS) as (keyof ImportCounts)[]).filter((key) => counts[key] > 0).map((key) => `${COUNT_LABELS[key]} ${counts[key]} 个`);
  return parts.length > 0 ? parts.join('、') : '无';
}

/** Only an .xlsx is sent (the API refuses anything else, but the person learns it before uploading). */
export function xlsxProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (!/\.xlsx$/i.test(file.name)) return '请选择 .xlsx 格式的 Excel 文件（可先下载模板填写）';
  if (file.size === 0) return '文件是空的';
  if (file.size > maxBytes) return `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB`;
  return null;
}
