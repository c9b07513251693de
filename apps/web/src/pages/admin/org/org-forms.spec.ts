import {
  appointmentBody,
  appointmentChecks,
  createLoginBody,
  createOrganizationBody,
  divisionChangeBody,
  divisionChangeChecks,
  dissolutionChecks,
  holderBody,
  incidentBody,
  incidentChecks,
  loginChecks,
  organizationChecks,
  personBody,
  personChecks,
  personOrganizationCheck,
  positionBody,
  positionChecks,
  rule,
  updateOrganizationBody,
} from './org-forms';

describe('组织', () => {
  it('a name is required and at most 200 characters; the code follows the API\'s pattern', () => {
    expect(organizationChecks.name('  ')).toBe('请填写组织名称');
    expect(organizationChecks.name('x'.repeat(201))).toBe('组织名称最多 200 个字符');
    expect(organizationChecks.name('中共某市委')).toBeNull();
    expect(organizationChecks.code(undefined)).toBeNull();
    expect(organizationChecks.code('city-01.a_b')).toBeNull();
    expect(organizationChecks.code('某市')).toMatch(/只能包含字母/);
    expect(organizationChecks.code('x'.repeat(65))).toMatch(/最多 64/);
  });

  it('a new organization: trimmed, empty code left out, under its parent', () => {
    expect(createOrganizationBody({ name: ' 某局 ', code: ' ' }, 'p')).toEqual({ name: '某局', parentId: 'p' });
    expect(createOrganizationBody({ name: '某省委', code: 'prov' }, null)).toEqual({ name: '某省委', code: 'prov' });
  });

  it('a change sends only what changed; null parent detaches', () => {
    const current = { name: '某局', parentId: 'p' };
    expect(updateOrganizationBody({ name: '某局', parentId: 'p' }, current)).toEqual({});
    expect(updateOrganizationBody({ name: ' 某新局 ', parentId: 'p' }, current)).toEqual({ name: '某新局' });
    expect(updateOrganizationBody({ name: '某局', parentId: 'q' }, current)).toEqual({ parentId: 'q' });
    expect(updateOrganizationBody({ name: '某局', parentId: null }, current)).toEqual({ parentId: null });
    expect(updateOrganizationBody({ name: '' }, current)).toEqual({});
  });

  it('dissolving needs a reason', () => {
    expect(dissolutionChecks.reason('')).toBe('请填写撤销原因');
    expect(dissolutionChecks.reason('机构改革')).toBeNull();
  });
});

describe('人员与账号', () => {
  it('a person: name and a well-formed email; the organization unless a system administrator', () => {
    expect(personChecks.name(undefined)).toBe('请填写姓名');
    expect(personChecks.email('')).toBe('请填写邮箱');
    expect(personChecks.email('not-an-email')).toBe('邮箱格式不正确');
    expect(personChecks.email('zhang@example.gov.cn')).toBeNull();
    expect(personOrganizationCheck(false)(undefined)).toBe('请选择所在组织');
    expect(personOrganizationCheck(true)(undefined)).toBeNull();
    expect(personBody({ name: ' 张明 ', email: ' z@example.cn ', organizationId: 'o' })).toEqual({ name: '张明', email: 'z@example.cn', organizationId: 'o' });
    expect(personBody({ name: '张明', email: 'z@example.cn' })).toEqual({ name: '张明', email: 'z@example.cn' });
  });

  it('a login name: lower-case letters, digits, dot, underscore, hyphen, 3 to 64', () => {
    expect(loginChecks.login('')).toBe('请填写登录名');
    expect(loginChecks.login('Zhang')).toMatch(/小写字母/);
    expect(loginChecks.login('zm')).toMatch(/3–64/);
    expect(loginChecks.login('zhang.ming-01')).toBeNull();
  });

  it('a password: optional for a new account, required when resetting; 10+ with letters and digits', () => {
    expect(loginChecks.password(undefined, false)).toBeNull();
    expect(loginChecks.password(undefined, true)).toBe('请填写新密码');
    expect(loginChecks.password('short1', true)).toMatch(/至少 10 个字符/);
    expect(loginChecks.password('onlyletterspassword', true)).toMatch(/字母和数字/);
    expect(loginChecks.password('Duban-Demo-2026', true)).toBeNull();
    expect(loginChecks.confirm('a', 'b')).toBe('两次输入的密码不一致');
    expect(loginChecks.confirm(undefined, undefined)).toBeNull();
    expect(createLoginBody({ login: ' zm01 ', password: '', confirm: '' })).toEqual({ login: 'zm01' });
    expect(createLoginBody({ login: 'zm01', password: 'abcdefgh12', confirm: 'abcdefgh12' })).toEqual({ login: 'zm01', password: 'abcdefgh12' });
  });
});

describe('职位', () => {
  it('a role from the list, an optional title, an optional first holder', () => {
    expect(positionChecks.role(undefined)).toBe('请选择职位角色');
    expect(positionChecks.role('mayor')).toBe('职位角色不正确');
    expect(positionChecks.role('discipline_secretary')).toBeNull();
    expect(positionChecks.title('x'.repeat(101))).toBe('职务名称最多 100 个字符');
    expect(positionBody({ role: 'principal', title: ' ', holderId: undefined })).toEqual({ role: 'principal' });
    expect(positionBody({ role: 'member', title: '副书记', holderId: 'p' })).toEqual({ role: 'member', title: '副书记', holderId: 'p' });
  });

  it('the holder: a person, or null to vacate the seat; the 文号 only when given', () => {
    expect(holderBody({ personId: 'p', documentNo: ' 某组〔2026〕8号 ' }, false)).toEqual({ personId: 'p', documentNo: '某组〔2026〕8号' });
    expect(holderBody({ personId: 'p' }, true)).toEqual({ personId: null });
  });
});

describe('任免、事件、分工调整', () => {
  it('an appointment needs its kind, position, person, day and 文号', () => {
    expect(appointmentChecks.kind('promotion')).toBe('任免类别不正确');
    expect(appointmentChecks.positionId(undefined)).toBe('请选择职位');
    expect(appointmentChecks.personId(undefined)).toBe('请选择人员');
    expect(appointmentChecks.effectiveOn(undefined)).toBe('请选择生效日期');
    expect(appointmentChecks.effectiveOn('2027/03/10')).toMatch(/YYYY-MM-DD/);
    expect(appointmentChecks.documentNo(' ')).toBe('请填写任免文号');
    expect(appointmentBody({ kind: 'transfer', personId: 'p', positionId: 's', organizationId: 'o', effectiveOn: '2027-03-10', documentNo: ' 文号 ' })).toEqual({
      kind: 'transfer',
      personId: 'p',
      positionId: 's',
      organizationId: 'o',
      effectiveOn: '2027-03-10',
      documentNo: '文号',
    });
  });

  it('an incident: the person is required only for a team member\'s early signs', () => {
    expect(incidentChecks.kind('fire')).toBe('事件类别不正确');
    expect(incidentChecks.occurredOn(undefined)).toBe('请选择发生（发现）日期');
    expect(incidentChecks.description('')).toBe('请填写事件经过');
    expect(incidentChecks.personId(undefined, 'early_warning_signs')).toBe('该类事件须指明涉及的班子成员');
    expect(incidentChecks.personId(undefined, 'major_accident')).toBeNull();
    expect(incidentBody({ kind: 'major_accident', occurredOn: '2027-05-01', description: ' 事故 ' })).toEqual({ kind: 'major_accident', occurredOn: '2027-05-01', description: '事故' });
  });

  it('a division change: its day and what changed', () => {
    expect(divisionChangeChecks.changedOn(undefined)).toBe('请选择调整日期');
    expect(divisionChangeChecks.description('x'.repeat(4001))).toBe('调整内容最多 4000 个字符');
    expect(divisionChangeBody({ changedOn: '2027-02-01', description: ' 调整分工 ' })).toEqual({ changedOn: '2027-02-01', description: '调整分工' });
  });
});

describe('rule: a check as an antd validator', () => {
  it('rejects with the reason, resolves when fine', async () => {
    await expect(rule(organizationChecks.name).validator(null, '')).rejects.toThrow('请填写组织名称');
    await expect(rule(organizationChecks.name).validator(null, '某局')).resolves.toBeUndefined();
  });
});
