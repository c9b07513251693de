/**
 * The administrator's forms as plain rules (unit-tested; the pages hand them to antd Form). Each check returns the
 * Chinese reason or null; the API checks everything again and its 400s land next to the same fields (the names
 * below are the API's field names, apps/api/src/**\/dto).
 */
import { APPOINTMENT_KINDS, INCIDENT_KINDS, PERSONAL_INCIDENT_KINDS, ROLES } from './labels';

const blank = (text: string | undefined | null) => !text || text.trim() === '';
const tooLong = (text: string | undefined | null, max: number) => !!text && text.trim().length > max;

const required = (label: string, max: number) => (text: string | undefined | null) =>
  blank(text) ? `请填写${label}` : tooLong(text, max) ? `${label}最多 ${max} 个字符` : null;

const optional = (label: string, max: number) => (text: string | undefined | null) => (tooLong(text, max) ? `${label}最多 ${max} 个字符` : null);

const trimmed = (text: string | undefined | null) => (blank(text) ? undefined : text!.trim());

/** The API's own patterns (CreateOrganizationDto.code, SetPersonLoginDto.login, PASSWORD_RULE). */
export const CODE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;
export const LOGIN_PATTERN = /^[a-z0-9._-]{3,64}$/;
export const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{10,256}$/s;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Turns a check into an antd Form rule. */
export const rule = <V>(check: (value: V) => string | null) => ({
  validator: async (_: unknown, value: V) => {
    const reason = check(value);
    if (reason) throw new Error(reason);
  },
});

// 组织 ----------------------------------------------------------------------------------------------------------

export interface OrganizationValues {
  name?: string;
  code?: string;
  parentId?: string | null;
}

export const organizationChecks = {
  name: required('组织名称', 200),
  code: (code: string | undefined) => (blank(code) ? null : CODE_PATTERN.test(code!.trim()) ? null : '组织代码只能包含字母、数字、下划线、点和连字符，最多 64 个字符'),
};

export function createOrganizationBody(values: OrganizationValues, parentId: string | null): { name: string; code?: string; parentId?: string } {
  return { name: values.name!.trim(), ...(trimmed(values.code) ? { code: trimmed(values.code) } : {}), ...(parentId ? { parentId } : {}) };
}

/** PATCH /organizations/:id with what changed only (nothing when nothing did). */
export function updateOrganizationBody(values: OrganizationValues, current: { name: string; parentId: string | null }): { name?: string; parentId?: string | null } {
  const body: { name?: string; parentId?: string | null } = {};
  const name = values.name?.trim();
  if (name && name !== current.name) body.name = name;
  if (values.parentId !== undefined && (values.parentId ?? null) !== current.parentId) body.parentId = values.parentId ?? null;
  return body;
}

export const dissolutionChecks = { reason: required('撤销原因', 1000) };

// 人员与账号 --------------------------------------------------------------------------------------------------------

export interface PersonValues {
  name?: string;
  email?: string;
  organizationId?: string;
}

export const personChecks = {
  name: required('姓名', 100),
  email: (email: string | undefined) => (blank(email) ? '请填写邮箱' : EMAIL_PATTERN.test(email!.trim()) && email!.trim().length <= 254 ? null : '邮箱格式不正确'),
};

/** `organizationId` is required unless a system administrator registers someone outside the tree. */
export function personOrganizationCheck(systemAdmin: boolean) {
  return (id: string | undefined) => (!id && !systemAdmin ? '请选择所在组织' : null);
}

export function personBody(values: PersonValues): { name: string; email: string; organizationId?: string } {
  return { name: values.name!.trim(), email: values.email!.trim(), ...(values.organizationId ? { organizationId: values.organizationId } : {}) };
}

export const loginChecks = {
  login: (login: string | undefined) => (blank(login) ? '请填写登录名' : LOGIN_PATTERN.test(login!.trim()) ? null : '登录名只能包含小写字母、数字、点、下划线和连字符，3–64 个字符'),
  /** Optional when creating an account (the person then has none until one is set), required when resetting. */
  password: (password: string | undefined, needed: boolean) =>
    !password ? (needed ? '请填写新密码' : null) : PASSWORD_PATTERN.test(password) ? null : '密码至少 10 个字符，且须同时包含字母和数字',
  confirm: (confirm: string | undefined, password: string | undefined) => (!password ? null : confirm === password ? null : '两次输入的密码不一致'),
};

export interface LoginValues {
  login?: string;
  password?: string;
  confirm?: string;
}

export function createLoginBody(values: LoginValues): { login: string; password?: string } {
  return { login: values.login!.trim(), ...(values.password ? { password: values.password } : {}) };
}

// 职位 ----------------------------------------------------------------------------------------------------------

export interface PositionValues {
  role?: string;
  title?: string;
  holderId?: string;
}

export const positionChecks = {
  role: (role: string | undefined) => (!role ? '请选择职位角色' : (ROLES as readonly string[]).includes(role) ? null : '职位角色不正确'),
  title: optional('职务名称', 100),
};

export function positionBody(values: PositionValues): { role: string; title?: string; holderId?: string } {
  return { role: values.role!, ...(trimmed(values.title) ? { title: trimmed(values.title) } : {}), ...(values.holderId ? { holderId: values.holderId } : {}) };
}

export interface HolderValues {
  personId?: string | null;
  documentNo?: string;
}

export const holderChecks = { documentNo: optional('任免文号', 100) };

/** PUT /positions/:id/holder: a person, or null to leave the seat vacant. */
export function holderBody(values: HolderValues, vacate: boolean): { personId: string | null; documentNo?: string } {
  return { personId: vacate ? null : values.personId!, ...(trimmed(values.documentNo) ? { documentNo: trimmed(values.documentNo) } : {}) };
}

// 任免、事件、分工调整 ---------------------------------------------------------------------------------------------

const dayCheck = (label: string) => (day: string | undefined) => (!day ? `请选择${label}` : DAY_PATTERN.test(day) ? null : `${label}格式应为 YYYY-MM-DD`);

export interface AppointmentValues {
  kind?: string;
  organizationId?: string;
  positionId?: string;
  personId?: string;
  effectiveOn?: string;
  documentNo?: string;
}

export const appointmentChecks = {
  kind: (kind: string | undefined) => (!kind ? '请选择任免类别' : (APPOINTMENT_KINDS as readonly string[]).includes(kind) ? null : '任免类别不正确'),
  positionId: (id: string | undefined) => (!id ? '请选择职位' : null),
  personId: (id: string | undefined) => (!id ? '请选择人员' : null),
  effectiveOn: dayCheck('生效日期'),
  documentNo: required('任免文号', 100),
};

export function appointmentBody(values: AppointmentValues): { kind: string; personId: string; positionId: string; organizationId?: string; effectiveOn: string; documentNo: string } {
  return {
    kind: values.kind!,
    personId: values.personId!,
    positionId: values.positionId!,
    ...(values.organizationId ? { organizationId: values.organizationId } : {}),
    effectiveOn: values.effectiveOn!,
    documentNo: values.documentNo!.trim(),
  };
}

export interface IncidentValues {
  kind?: string;
  occurredOn?: string;
  description?: string;
  personId?: string;
}

export const incidentChecks = {
  kind: (kind: string | undefined) => (!kind ? '请选择事件类别' : (INCIDENT_KINDS as readonly string[]).includes(kind) ? null : '事件类别不正确'),
  occurredOn: dayCheck('发生（发现）日期'),
  description: required('事件经过', 4000),
  personId: (id: string | undefined, kind: string | undefined) => (!id && kind && PERSONAL_INCIDENT_KINDS.includes(kind) ? '该类事件须指明涉及的班子成员' : null),
};

export function incidentBody(values: IncidentValues): { kind: string; occurredOn: string; description: string; personId?: string } {
  return { kind: values.kind!, occurredOn: values.occurredOn!, description: values.description!.trim(), ...(values.personId ? { personId: values.personId } : {}) };
}

export interface DivisionChangeValues {
  changedOn?: string;
  description?: string;
}

export const divisionChangeChecks = { changedOn: dayCheck('调整日期'), description: required('调整内容', 4000) };

export function divisionChangeBody(values: DivisionChangeValues): { changedOn: string; description: string } {
  return { changedOn: values.changedOn!, description: values.description!.trim() };
}
