import { ROLE_LABELS, ROLES } from '@duban/domain';

/** One column of an import sheet: the header as Excel shows it, the key the import reads, and what to write in it. */
export interface ImportColumn<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  width: number;
  note: string;
}

export interface ImportSheet<K extends string = string> {
  name: string;
  columns: readonly ImportColumn<K>[];
  examples: readonly Record<K, string>[];
}

const ROLE_CHOICES = ROLES.map((r) => `${ROLE_LABELS[r]}（${r}）`).join('、');

/** 组织: one row per new organization, parents before children (a parent is the target organization or a row above). */
export const ORGANIZATIONS_SHEET: ImportSheet<'code' | 'name' | 'parentCode'> = {
  name: '组织',
  columns: [
    { key: 'code', header: '组织代码', required: true, width: 18, note: '必填。字母、数字、下划线、点和连字符，最多 64 个字符；在本表和系统中都不能重复（导入同一份表两次会被拒绝并指出重复的行）' },
    { key: 'name', header: '组织名称', required: true, width: 30, note: '必填。最多 200 个字符' },
    { key: 'parentCode', header: '上级组织代码', required: false, width: 18, note: '不填表示直属于导入的目标组织；填写时须为目标组织的代码，或本表中位于上方某一行的组织代码' },
  ],
  examples: [
    { code: 'city-a', name: '中共某市委', parentCode: '' },
    { code: 'city-a-d1', name: '中共某市甲区委', parentCode: 'city-a' },
  ],
};

/** 职位: seats of the new organizations (or of the target organization), optionally with their holder. */
export const POSITIONS_SHEET: ImportSheet<'organizationCode' | 'role' | 'title' | 'holderEmail'> = {
  name: '职位',
  columns: [
    { key: 'organizationCode', header: '组织代码', required: true, width: 18, note: '必填。目标组织的代码，或“组织”表中的组织代码' },
    { key: 'role', header: '职位类型', required: true, width: 16, note: `必填。可填中文或代码：${ROLE_CHOICES}。除班子成员外，每个组织每种职位只设一个` },
    { key: 'title', header: '职务名称', required: false, width: 20, note: '最多 100 个字符；不填按职位类型命名（如“一把手”）' },
    { key: 'holderEmail', header: '任职人邮箱', required: false, width: 30, note: '不填表示职位空缺；填写时须为“人员”表中列出的邮箱。与新建职位时指定任职人相同（不是任免登记，不发履责提醒函）' },
  ],
  examples: [
    { organizationCode: 'city-a', role: '一把手', title: '市委书记', holderEmail: 'zhangming@example.gov.cn' },
    { organizationCode: 'city-a-d1', role: 'principal', title: '区委书记', holderEmail: 'lihua@example.gov.cn' },
  ],
};

/** 人员: people registered in an organization, optionally with a login (no password: an administrator sets it). */
export const PEOPLE_SHEET: ImportSheet<'name' | 'email' | 'login' | 'organizationCode'> = {
  name: '人员',
  columns: [
    { key: 'name', header: '姓名', required: true, width: 14, note: '必填。最多 100 个字符' },
    { key: 'email', header: '邮箱', required: true, width: 30, note: '必填。有效的电子邮箱地址，本表中不能重复，也不能是您管理范围内已登记人员的邮箱' },
    { key: 'login', header: '登录名', required: false, width: 18, note: '不填不建账号。小写字母、数字、点、下划线、连字符，3–64 个字符，全系统唯一；账号没有密码，须由管理员在“设置登录账号”中设置初始密码后才能登录' },
    { key: 'organizationCode', header: '所在组织代码', required: false, width: 18, note: '人员登记所在的组织：目标组织的代码或“组织”表中的组织代码；不填为目标组织' },
  ],
  examples: [
    { name: '张明', email: 'zhangming@example.gov.cn', login: 'zhangming', organizationCode: 'city-a' },
    { name: '李华', email: 'lihua@example.gov.cn', login: '', organizationCode: 'city-a-d1' },
  ],
};

export const IMPORT_SHEETS = [ORGANIZATIONS_SHEET, POSITIONS_SHEET, PEOPLE_SHEET] as const;

/** The explanation sheet of the template (not read by the import). */
export const NOTES_SHEET_NAME = '说明';

/** The largest workbook accepted, and the most rows per sheet. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** A role as written in the sheet: its Chinese label or its code. */
export function parseRole(text: string) {
  return ROLES.find((r) => r === text || ROLE_LABELS[r] === text) ?? null;
}
