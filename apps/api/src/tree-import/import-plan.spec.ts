import { ImportFacts, planImport } from './import-plan';
import { ImportRow } from './import-workbook';

const facts = (over: Partial<ImportFacts> = {}): ImportFacts => ({
  target: { id: 'target-id', code: 'root' },
  takenCodes: new Set(),
  takenEmails: new Map(),
  takenLogins: new Set(),
  targetRoles: new Set(),
  ...over,
});

const rows = (sheet: Record<string, string>[]): ImportRow[] => sheet.map((cells, i) => ({ row: i + 2, cells }));
const org = (code: string, name: string, parentCode = '') => ({ code, name, parentCode });
const seat = (organizationCode: string, role: string, holderEmail = '', title = '') => ({ organizationCode, role, title, holderEmail });
const person = (name: string, email: string, login = '', organizationCode = '') => ({ name, email, login, organizationCode });

describe('planImport', () => {
  it('plans a valid tree: parents by the target code, a row above or nothing; roles by label or code; e-mails case aside', () => {
    const result = planImport(
      {
        组织: rows([org('a', '甲'), org('a1', '甲一', 'a'), org('b', '乙', 'root')]),
        职位: rows([seat('a', '一把手', 'ZHAO@x.cn'), seat('root', 'member'), seat('a1', 'principal')]),
        人员: rows([person('赵', 'zhao@x.cn', 'zhao', 'a')]),
      },
      facts(),
    );
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual({
      organizations: [
        { row: 2, code: 'a', name: '甲', parent: { kind: 'target' } },
        { row: 3, code: 'a1', name: '甲一', parent: { kind: 'new', code: 'a' } },
        { row: 4, code: 'b', name: '乙', parent: { kind: 'target' } },
      ],
      people: [{ row: 2, name: '赵', email: 'zhao@x.cn', login: 'zhao', organization: { kind: 'new', code: 'a' } }],
      positions: [
        { row: 2, organization: { kind: 'new', code: 'a' }, role: 'principal', title: null, holderEmail: 'zhao@x.cn' },
        { row: 3, organization: { kind: 'target' }, role: 'member', title: null, holderEmail: null },
        { row: 4, organization: { kind: 'new', code: 'a1' }, role: 'principal', title: null, holderEmail: null },
      ],
    });
  });

  it('tells a cycle, a parent listed below and an unknown parent apart', () => {
    const { problems } = planImport({ 组织: rows([org('x', 'X', 'y'), org('y', 'Y', 'x'), org('c', 'C', 'd'), org('d', 'D'), org('e', 'E', 'zz'), org('f', 'F', 'f')]) }, facts());
    expect(problems.map((p) => [p.row, p.field, p.reason])).toEqual([
      [2, 'parentCode', '上级关系形成环：x → y → x'],
      [4, 'parentCode', '上级组织 d 须列在本行上方（先列上级，再列下级）'],
      [6, 'parentCode', expect.stringContaining('未知的上级组织代码 zz')],
      [7, 'parentCode', '不能以本组织自己为上级'],
    ]);
  });

  it("refuses what the database already has: codes, e-mails in sight, logins, the target's single seats", () => {
    const { problems } = planImport(
      { 组织: rows([org('a', '甲'), org('root', '同名')]), 职位: rows([seat('root', '纪委书记'), seat('root', '班子成员')]), 人员: rows([person('赵', 'zhao@x.cn', 'zhao')]) },
      facts({ takenCodes: new Set(['a']), takenEmails: new Map([['zhao@x.cn', '赵某']]), takenLogins: new Set(['zhao']), targetRoles: new Set(['discipline_secretary'] as const) }),
    );
    expect(problems.map((p) => `${p.sheet}:${p.row}:${p.column}:${p.reason}`)).toEqual([
      '组织:2:组织代码:组织代码 a 在系统中已存在（同一份表不能重复导入）',
      '组织:3:组织代码:组织代码 root 在系统中已存在（同一份表不能重复导入）',
      '人员:2:邮箱:邮箱已被使用：zhao@x.cn（赵某）',
      '人员:2:登录名:登录名已被使用：zhao',
      '职位:2:职位类型:目标组织已设纪委书记职位，一个组织只设一个',
    ]);
  });

  it("uses the single endpoints' validation rules, in Chinese", () => {
    const { problems } = planImport(
      { 组织: rows([org('has space', 'x'.repeat(201))]), 职位: rows([seat('root', '书记')]), 人员: rows([person('', 'nope', 'UP')]) },
      facts(),
    );
    expect(problems.map((p) => `${p.sheet}:${p.field}:${p.reason}`)).toEqual([
      '组织:name:过长（最多 200 个字符）',
      '组织:code:只能包含字母、数字、下划线、点和连字符，最多 64 个字符',
      '人员:name:必填，不能为空',
      '人员:email:应为有效的电子邮箱地址',
      '人员:login:只能包含小写字母、数字、点、下划线和连字符，3–64 个字符',
      expect.stringMatching(/^职位:role:未知的职位类型“书记”/),
    ]);
  });
});
