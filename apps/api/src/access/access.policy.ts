import { Principal, PrincipalScope } from './principal';

/** What the principal is to a record: the policy grants actions by these relations, nothing else. */
export type Relation = 'system' | 'administer' | 'supervise' | 'member' | 'responsible' | 'counterpart' | 'self' | 'outranked';

/**
 * A record as the policy sees it. `chain`: its organization and every ancestor, nearest first (empty for
 * "no organization yet", i.e. a new top-level organization).
 */
export type AccessTarget =
  | { kind: 'none' }
  | { kind: 'organization'; chain: readonly string[] }
  | { kind: 'duty'; chain: readonly string[]; responsiblePersonId: string; counterpartPersonId: string | null }
  | {
      kind: 'person';
      personId: string;
      /** Chains of the organizations where the person is placed: positions held now or before, grants, registration. */
      placements: readonly (readonly string[])[];
      /** Chains of the organizations where the person has rights now: positions held and administrator grants. */
      rights: readonly (readonly string[])[];
      /** The person's login is a system administrator. */
      systemAdmin: boolean;
    };

export const ACTIONS = [
  'session',
  'organization.list',
  'organization.read',
  'organization.create',
  'organization.root',
  'organization.manage',
  'position.manage',
  'person.list',
  'person.read',
  'person.create',
  'person.manage',
  'configuration.read',
  'configuration.manage',
  'calendar.manage',
  'preview.read',
  'dashboard.read',
  'event.record',
  'event.read',
  'duty.issue',
  'duty.cancel',
  'duty.list',
  'duty.read',
  'duty.acknowledge',
  'duty.complete',
  'duty.request-extension',
  'duty.add-evidence',
  'duty.review',
  'duty.appraise',
  'review.list',
  'escalation.list',
  'escalation.decide',
  'extension.list',
  'extension.decide',
  'audit.verify',
  'audit.export',
  'ledger.read',
  'check.read',
  'check.manage',
  'rectification.record',
  'rectification.list',
  'rectification.read',
  'rectification.verify',
  'rectification.cancel',
  'rectification.report',
] as const;
export type Action = (typeof ACTIONS)[number];

interface Rule {
  /** Any of these relations grants the action. */
  grants: readonly Relation[] | 'anyone';
  /** Relations that refuse it even when granted. */
  unless?: { relation: Relation; message: string };
  /** Why it is refused (403) to someone who can see the record. */
  refusal: string;
}

/** Relations that let one see a record (`outranked` qualifies a relation, it is none by itself). */
const VISIBLE: readonly Relation[] = ['system', 'administer', 'supervise', 'member', 'responsible', 'counterpart', 'self'];
const ADMIN: readonly Relation[] = ['system', 'administer'];
const OWN_DUTY = '只有该事项的责任人本人可以';
const NOT_OWN_CASE = { relation: 'responsible' as const, message: '不能对自己负责的事项作出决定' };
const NOT_ABOVE_ONESELF = {
  relation: 'outranked' as const,
  message: '该人员是系统管理员，或在您管理范围之外任职、拥有管理权限；只有系统管理员（或管理其全部任职组织的管理员）可以管理其账号',
};

/** The whole permission model, one line per action. Lists say `anyone`: they are filtered by scope in SQL. */
export const POLICY: Record<Action, Rule> = {
  session: { grants: 'anyone', refusal: '' },
  'organization.list': { grants: 'anyone', refusal: '' },
  'organization.read': { grants: VISIBLE, refusal: '无权查看该组织' },
  'organization.create': { grants: ADMIN, refusal: '只有上级组织的管理员可以在其下新建组织' },
  'organization.root': { grants: ['system'], refusal: '只有系统管理员可以新建顶级组织，或使组织脱离上级成为顶级组织' },
  'organization.manage': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以管理该组织' },
  'position.manage': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以设置职位和任职' },
  'person.list': { grants: 'anyone', refusal: '' },
  'person.read': { grants: VISIBLE, refusal: '无权查看该人员' },
  'person.create': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以在其中登记人员；不属于任何组织的人员只能由系统管理员登记' },
  'person.manage': { grants: ADMIN, unless: NOT_ABOVE_ONESELF, refusal: '只有该人员所在组织（或其上级）的管理员可以管理其登录账号' },
  'configuration.read': { grants: VISIBLE, refusal: '无权查看该组织的配置' },
  'configuration.manage': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以修改策略包、覆盖和周期设置' },
  'calendar.manage': { grants: ['system'], refusal: '只有系统管理员可以维护节假日日历' },
  'event.record': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以登记任免、事件和分工调整' },
  'event.read': { grants: ['system', 'administer', 'supervise', 'member'], refusal: '无权查看该组织的任免和事件记录' },
  'preview.read': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以预览其全部下级的年度事项' },
  'dashboard.read': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以查看其督办看板' },
  'duty.issue': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以手动下达事项' },
  'duty.cancel': { grants: ADMIN, refusal: '只有该事项所在组织（或其上级）的管理员可以撤销事项' },
  'duty.list': { grants: 'anyone', refusal: '' },
  'duty.read': { grants: VISIBLE, refusal: '无权查看该事项' },
  'duty.acknowledge': { grants: ['responsible'], refusal: `${OWN_DUTY}签收` },
  'duty.complete': { grants: ['responsible'], refusal: `${OWN_DUTY}登记完成` },
  'duty.request-extension': { grants: ['responsible'], refusal: `${OWN_DUTY}申请延期` },
  'duty.add-evidence': { grants: ['responsible'], refusal: `${OWN_DUTY}上传或删除佐证材料` },
  'duty.review': { grants: ['supervise'], unless: NOT_OWN_CASE, refusal: '您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权审核其完成情况' },
  'duty.appraise': { grants: ['supervise'], unless: NOT_OWN_CASE, refusal: '您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权记录评议结果' },
  'review.list': { grants: 'anyone', refusal: '' },
  'escalation.list': { grants: 'anyone', refusal: '' },
  'escalation.decide': { grants: ['supervise'], unless: NOT_OWN_CASE, refusal: '您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权作此决定' },
  'extension.list': { grants: 'anyone', refusal: '' },
  'extension.decide': { grants: ['supervise'], unless: NOT_OWN_CASE, refusal: '您不是该事项所在单位或其上级的监督人员（纪委书记、组织部长等），无权作此决定' },
  'audit.verify': { grants: ['system'], refusal: '只有系统管理员可以校验审计日志' },
  'audit.export': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以导出其审计日志；导出全部须系统管理员' },
  // A person's own ledger (self; on a duty: its responsible leader), or that of someone placed in an organization one administers or supervises.
  'ledger.read': { grants: ['system', 'administer', 'supervise', 'self', 'responsible'], refusal: '只有本人、其任职组织（或其上级）的管理员和监督人员可以查看履责记实台账' },
  'check.read': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以查看现场述责述廉安排和随机抽查' },
  'check.manage': { grants: ADMIN, refusal: '只有该组织（或其上级）的管理员可以确认现场述责述廉名单、抽查、作废抽查' },
  'rectification.record': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以登记、导入整改问题' },
  'rectification.list': { grants: 'anyone', refusal: '' },
  // The organization's own team (its 一把手 is the first responsible) and those above it.
  'rectification.read': { grants: ['system', 'administer', 'supervise', 'member'], refusal: '无权查看该整改事项' },
  // Which supervisor: the service checks that it is one of the supervising organization (or above it).
  'rectification.verify': { grants: ['supervise'], refusal: '只有监督单位的纪委书记、组织部长等监督人员可以审核整改报告、回访和审批通报' },
  'rectification.cancel': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以撤销整改事项' },
  'rectification.report': { grants: ['system', 'administer', 'supervise'], refusal: '只有该组织（或其上级）的管理员或监督人员可以查看整改统计' },
};

export type Decision = { outcome: 'allow' } | { outcome: 'forbid'; message: string } | { outcome: 'hide' };

/** What the principal is to the target. Pure: the scope and the target's chain come from the database. */
export function relationsTo(principal: Principal, scope: PrincipalScope, target: AccessTarget): Set<Relation> {
  const relations = new Set<Relation>();
  if (principal.systemAdmin) relations.add('system');
  const over = (chain: readonly string[]) => {
    if (chain.some((id) => scope.administers.has(id))) relations.add('administer');
    if (chain.some((id) => scope.supervises.has(id))) relations.add('supervise');
  };
  switch (target.kind) {
    case 'none':
      if (scope.administers.size > 0) relations.add('administer');
      if (scope.supervises.size > 0) relations.add('supervise');
      break;
    case 'organization':
      over(target.chain);
      if (target.chain.length > 0 && scope.memberOf.has(target.chain[0])) relations.add('member');
      break;
    case 'duty':
      over(target.chain);
      if (target.responsiblePersonId === principal.personId) relations.add('responsible');
      if (target.counterpartPersonId === principal.personId) relations.add('counterpart');
      break;
    case 'person': {
      if (target.personId === principal.personId) relations.add('self');
      // Nobody is anyone's by default: a person placed nowhere is seen by system administrators only.
      for (const chain of target.placements) {
        over(chain);
        if (chain.length > 0 && scope.memberOf.has(chain[0])) relations.add('member');
      }
      // Rights the principal could not grant themselves: managing that account would be a way up.
      const administered = (chain: readonly string[]) => chain.some((id) => scope.administers.has(id));
      if (!principal.systemAdmin && (target.systemAdmin || !target.rights.every(administered))) relations.add('outranked');
      break;
    }
  }
  return relations;
}

/**
 * Allow; forbid (403) when the principal can see the record but lacks the right; hide (404) when the
 * record is outside their scope, so that its existence is not revealed. Actions on no record are 403.
 */
export function decide(action: Action, relations: ReadonlySet<Relation>, target: AccessTarget): Decision {
  const rule = POLICY[action];
  if (rule.grants === 'anyone') return { outcome: 'allow' };
  const granted = rule.grants.some((r) => relations.has(r));
  if (granted && rule.unless && relations.has(rule.unless.relation)) return { outcome: 'forbid', message: rule.unless.message };
  if (granted) return { outcome: 'allow' };
  const visible = VISIBLE.some((r) => relations.has(r));
  const nothingToHide = target.kind === 'none' || (target.kind === 'organization' && target.chain.length === 0);
  if (!visible && !nothingToHide) return { outcome: 'hide' };
  return { outcome: 'forbid', message: rule.refusal };
}
