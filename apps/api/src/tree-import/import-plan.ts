import { Role, ROLE_LABELS } from '@duban/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SetPersonLoginDto } from '../auth/dto/person-login.dto';
import { fieldProblems } from '../common/validation/validation-messages';
import { CreateOrganizationDto } from '../organizations/dto/organization.dto';
import { CreatePersonDto } from '../people/dto/person.dto';
import { CreatePositionDto } from '../positions/dto/position.dto';
import { ImportSheet, ORGANIZATIONS_SHEET, parseRole, PEOPLE_SHEET, POSITIONS_SHEET } from './import-sheets';
import { ImportProblem, ImportRow } from './import-workbook';

/** What the database already holds that the rows may collide with (looked up before planning). */
export interface ImportFacts {
  target: { id: string; code: string | null };
  /** Organization codes of the sheet already in use in the system. */
  takenCodes: ReadonlySet<string>;
  /** E-mail addresses of the sheet already used by someone the administrator can see, with that person's name. */
  takenEmails: ReadonlyMap<string, string>;
  /** Logins of the sheet already in use. */
  takenLogins: ReadonlySet<string>;
  /** Single seats (not 班子成员) the target organization already has. */
  targetRoles: ReadonlySet<Role>;
}

/** Where a new record hangs: the target organization, or an organization of the sheet by its code. */
export type OrganizationRef = { kind: 'target' } | { kind: 'new'; code: string };

export interface ImportPlan {
  organizations: { row: number; code: string; name: string; parent: OrganizationRef }[];
  people: { row: number; name: string; email: string; login: string | null; organization: OrganizationRef }[];
  positions: { row: number; organization: OrganizationRef; role: Role; title: string | null; holderEmail: string | null }[];
}

export type PlanResult = { plan: ImportPlan; problems: [] } | { plan: null; problems: ImportProblem[] };

/** Validates every row with the single endpoints' rules and the references between rows and sheets. */
export function planImport(rows: Record<string, ImportRow[]>, facts: ImportFacts): PlanResult {
  const problems: ImportProblem[] = [];
  const report = (sheet: ImportSheet, row: number, field: string, reason: string) => {
    const column = sheet.columns.find((c) => c.key === field);
    problems.push({ sheet: sheet.name, row, column: column?.header ?? field, field, reason });
  };
  const requireCells = (sheet: ImportSheet, row: ImportRow) => {
    let ok = true;
    for (const c of sheet.columns) {
      if (c.required && row.cells[c.key] === '') {
        report(sheet, row.row, c.key, '必填，不能为空');
        ok = false;
      }
    }
    return ok;
  };
  /** The single endpoint's DTO rules; an empty required cell, already reported, is not reported twice. */
  const validateDto = (sheet: ImportSheet, row: ImportRow, dto: object, fields: Record<string, string>) => {
    const found = fieldProblems(validateSync(dto, { forbidUnknownValues: false })).filter((p) => row.cells[fields[p.field] ?? p.field] !== '');
    for (const p of found) report(sheet, row.row, fields[p.field] ?? p.field, p.reason);
    return found.length === 0;
  };

  // 组织
  const orgRows = rows[ORGANIZATIONS_SHEET.name] ?? [];
  const codeRow = new Map<string, number>();
  const parentOf = new Map<string, string>();
  const organizations: ImportPlan['organizations'] = [];
  for (const r of orgRows) {
    if (r.cells.code) parentOf.set(r.cells.code, r.cells.parentCode);
  }
  for (const r of orgRows) {
    const { code, name, parentCode } = r.cells;
    let ok = requireCells(ORGANIZATIONS_SHEET, r);
    if (!validateDto(ORGANIZATIONS_SHEET, r, plainToInstance(CreateOrganizationDto, { code, name }), { code: 'code', name: 'name' })) ok = false;
    if (code && codeRow.has(code)) {
      report(ORGANIZATIONS_SHEET, r.row, 'code', `组织代码 ${code} 与本表第 ${codeRow.get(code)} 行重复`);
      ok = false;
    } else if (code && (facts.takenCodes.has(code) || code === facts.target.code)) {
      report(ORGANIZATIONS_SHEET, r.row, 'code', `组织代码 ${code} 在系统中已存在（同一份表不能重复导入）`);
      ok = false;
    }
    let parent: OrganizationRef = { kind: 'target' };
    if (parentCode && parentCode !== facts.target.code) {
      parent = { kind: 'new', code: parentCode };
      if (parentCode === code) {
        report(ORGANIZATIONS_SHEET, r.row, 'parentCode', '不能以本组织自己为上级');
        ok = false;
      } else if (!codeRow.has(parentCode)) {
        report(ORGANIZATIONS_SHEET, r.row, 'parentCode', parentReason(parentCode, code, parentOf, facts.target.code));
        ok = false;
      }
    }
    if (code && !codeRow.has(code)) codeRow.set(code, r.row);
    if (ok) organizations.push({ row: r.row, code, name, parent });
  }
  const newCodes = new Set(codeRow.keys());
  const orgRef = (sheet: ImportSheet, row: number, field: string, code: string): OrganizationRef | null => {
    if (code === '' || code === facts.target.code) return { kind: 'target' };
    if (newCodes.has(code)) return { kind: 'new', code };
    report(sheet, row, field, `未知的组织代码 ${code}：应为目标组织的代码${facts.target.code ? `（${facts.target.code}）` : ''}或“组织”表中的组织代码`);
    return null;
  };

  // 人员
  const emailRow = new Map<string, number>();
  const loginRow = new Map<string, number>();
  const people: ImportPlan['people'] = [];
  for (const r of rows[PEOPLE_SHEET.name] ?? []) {
    const email = r.cells.email.toLowerCase();
    const login = r.cells.login;
    let ok = requireCells(PEOPLE_SHEET, r);
    if (!validateDto(PEOPLE_SHEET, r, plainToInstance(CreatePersonDto, { name: r.cells.name, email }), { name: 'name', email: 'email' })) ok = false;
    if (login && !validateDto(PEOPLE_SHEET, r, plainToInstance(SetPersonLoginDto, { login }), { login: 'login' })) ok = false;
    if (email && emailRow.has(email)) {
      report(PEOPLE_SHEET, r.row, 'email', `邮箱 ${email} 与本表第 ${emailRow.get(email)} 行重复`);
      ok = false;
    } else if (email && facts.takenEmails.has(email)) {
      report(PEOPLE_SHEET, r.row, 'email', `邮箱已被使用：${email}（${facts.takenEmails.get(email)}）`);
      ok = false;
    }
    if (login && loginRow.has(login)) {
      report(PEOPLE_SHEET, r.row, 'login', `登录名 ${login} 与本表第 ${loginRow.get(login)} 行重复`);
      ok = false;
    } else if (login && facts.takenLogins.has(login)) {
      report(PEOPLE_SHEET, r.row, 'login', `登录名已被使用：${login}`);
      ok = false;
    }
    const organization = orgRef(PEOPLE_SHEET, r.row, 'organizationCode', r.cells.organizationCode);
    if (email && !emailRow.has(email)) emailRow.set(email, r.row);
    if (login && !loginRow.has(login)) loginRow.set(login, r.row);
    if (ok && organization) people.push({ row: r.row, name: r.cells.name, email, login: login || null, organization });
  }

  // 职位
  const seatRow = new Map<string, number>();
  const positions: ImportPlan['positions'] = [];
  for (const r of rows[POSITIONS_SHEET.name] ?? []) {
    let ok = requireCells(POSITIONS_SHEET, r);
    const role = r.cells.role ? parseRole(r.cells.role) : null;
    if (r.cells.role && !role) {
      report(POSITIONS_SHEET, r.row, 'role', `未知的职位类型“${r.cells.role}”（可选：${Object.entries(ROLE_LABELS).map(([k, v]) => `${v}或${k}`).join('、')}）`);
      ok = false;
    }
    const title = r.cells.title || null;
    if (role && !validateDto(POSITIONS_SHEET, r, plainToInstance(CreatePositionDto, { role, ...(title ? { title } : {}) }), { role: 'role', title: 'title' })) ok = false;
    const organization = r.cells.organizationCode ? orgRef(POSITIONS_SHEET, r.row, 'organizationCode', r.cells.organizationCode) : null;
    if (!organization) ok = false;
    if (role && organization && role !== 'member') {
      const seat = `${organization.kind === 'target' ? '' : organization.code}:${role}`;
      if (seatRow.has(seat)) {
        report(POSITIONS_SHEET, r.row, 'role', `该组织已在本表第 ${seatRow.get(seat)} 行设${ROLE_LABELS[role]}职位，一个组织只设一个`);
        ok = false;
      } else if (organization.kind === 'target' && facts.targetRoles.has(role)) {
        report(POSITIONS_SHEET, r.row, 'role', `目标组织已设${ROLE_LABELS[role]}职位，一个组织只设一个`);
        ok = false;
      }
      if (!seatRow.has(seat)) seatRow.set(seat, r.row);
    }
    const holderEmail = r.cells.holderEmail.toLowerCase() || null;
    if (holderEmail && !emailRow.has(holderEmail)) {
      report(POSITIONS_SHEET, r.row, 'holderEmail', `任职人 ${holderEmail} 未在“人员”表中列出`);
      ok = false;
    }
    if (ok && role && organization) positions.push({ row: r.row, organization, role, title, holderEmail });
  }

  if (problems.length > 0) return { plan: null, problems };
  return { plan: { organizations, people, positions }, problems: [] };
}

/** Why a parent code is not a row above: a cycle, a row below, or nowhere. */
function parentReason(parentCode: string, code: string, parentOf: ReadonlyMap<string, string>, targetCode: string | null): string {
  if (!parentOf.has(parentCode)) return `未知的上级组织代码 ${parentCode}：应为目标组织的代码${targetCode ? `（${targetCode}）` : ''}或本表上方某一行的组织代码`;
  const seen = new Set<string>([code]);
  for (let at: string | undefined = parentCode; at && at !== targetCode; at = parentOf.get(at)) {
    if (seen.has(at)) return `上级关系形成环：${[...seen, at].join(' → ')}`;
    seen.add(at);
  }
  return `上级组织 ${parentCode} 须列在本行上方（先列上级，再列下级）`;
}
