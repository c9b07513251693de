import { Workbook } from 'exceljs';
import { ApiClient } from '../support/api-client';
import { SystemUnderTest } from '../support/system-under-test';

/** The headers as the console's users would type them from the template's 说明 sheet. */
const HEADERS = {
  组织: ['组织代码', '组织名称', '上级组织代码'],
  职位: ['组织代码', '职位类型', '职务名称', '任职人邮箱'],
  人员: ['姓名', '邮箱', '登录名', '所在组织代码'],
};

type Sheets = { 组织?: string[][]; 职位?: string[][]; 人员?: string[][] };

/** A workbook as an administrator fills it: each sheet its header row and the given rows. */
async function workbook(sheets: Sheets): Promise<Buffer> {
  const wb = new Workbook();
  for (const [name, rows] of Object.entries(sheets) as [keyof typeof HEADERS, string[][]][]) {
    const ws = wb.addWorksheet(name);
    ws.addRow(HEADERS[name]);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart upload of `file`, as the console's file input sends it. */
async function upload(api: ApiClient, organizationId: string, file: Buffer, options: { dryRun?: boolean; filename?: string; field?: string } = {}) {
  const form = new FormData();
  form.append(options.field ?? 'file', new Blob([file]), options.filename ?? '导入.xlsx');
  const response = await fetch(`${api.baseUrl}/organizations/${organizationId}/import${options.dryRun ? '?dryRun=true' : ''}`, { method: 'POST', headers: api.authorization, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

/** A tree of 组织、岗位、人员、邮箱 imported from Excel under an organization, by its administrator (real Postgres). */
describe('tree import from Excel (API, Postgres)', () => {
  const sut = new SystemUnderTest();
  let root: string;
  let admin: ApiClient;
  let outsider: ApiClient;

  // 示范市委 (imp-root) ← 甲区委 (imp-a) ← 甲区某街道工委 (imp-a1); 乙县委 (imp-b) under the root.
  const good: Sheets = {
    组织: [
      ['imp-a', '中共甲区委', ''],
      ['imp-a1', '中共甲区某街道工委', 'imp-a'],
      ['imp-b', '中共乙县委', 'imp-root'],
    ],
    职位: [
      ['imp-a', '一把手', '区委书记', 'zhao@imp.example.gov.cn'],
      ['imp-a', 'discipline_secretary', '', 'qian@imp.example.gov.cn'],
      ['imp-a', '班子成员', '副书记', ''],
      ['imp-a1', '一把手', '街道党工委书记', 'Sun@imp.example.gov.cn'],
      ['imp-b', 'principal', '县委书记', 'li@imp.example.gov.cn'],
    ],
    人员: [
      ['赵一', 'zhao@imp.example.gov.cn', 'zhaoyi', 'imp-a'],
      ['钱二', 'qian@imp.example.gov.cn', '', 'imp-a'],
      ['孙三', 'sun@imp.example.gov.cn', '', 'imp-a1'],
      ['李四', 'li@imp.example.gov.cn', 'lisi', ''],
    ],
  };

  const treeOf = async () => {
    const res = await admin.get(`/organizations/${root}/tree`);
    expect(res.status).toBe(200);
    return res.body;
  };
  const sheetPeople = async () => (await admin.get('/people?q=imp.example')).body.map((p: any) => p.email).sort();

  beforeAll(async () => {
    await sut.start();
    root = (await sut.api.post('/organizations', { name: '中共示范市委', code: 'imp-root' })).body.id;
    const other = (await sut.api.post('/organizations', { name: '中共另一市委', code: 'imp-other' })).body.id;
    const adminId = (await sut.api.post('/people', { name: '市委管理员', email: 'admin@imp.e2e.duban.local', organizationId: root })).body.id;
    expect((await sut.api.post(`/organizations/${root}/administrators`, { personId: adminId })).status).toBe(201);
    admin = await sut.as(adminId);
    const outsiderId = (await sut.api.post('/people', { name: '另一市委管理员', email: 'other@imp.e2e.duban.local', organizationId: other })).body.id;
    expect((await sut.api.post(`/organizations/${other}/administrators`, { personId: outsiderId })).status).toBe(201);
    outsider = await sut.as(outsiderId);
  });
  afterAll(() => sut.stop());

  it('hands out a template whose sheets and headers are those the import reads, and whose examples pass validation', async () => {
    const res = await fetch(`${admin.baseUrl}/organizations/${root}/import-template.xlsx`, { headers: admin.authorization });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const file = Buffer.from(await res.arrayBuffer());
    const wb = new Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['组织', '职位', '人员', '说明']);
    for (const [name, headers] of Object.entries(HEADERS)) {
      expect({ name, headers: (wb.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1) }).toEqual({ name, headers });
      expect(wb.getWorksheet(name)!.rowCount).toBeGreaterThanOrEqual(3);
    }
    const notes = wb.getWorksheet('说明')!;
    const explained = new Set<string>();
    notes.eachRow((row) => explained.add(`${row.getCell(1).text}:${row.getCell(2).text}`));
    for (const [name, headers] of Object.entries(HEADERS)) for (const h of headers) expect(explained).toContain(`${name}:${h}`);

    // The template as downloaded (its example rows) is a valid import: only validated here, nothing written.
    const dry = await upload(admin, root, file, { dryRun: true });
    expect(dry).toEqual({ status: 201, body: { dryRun: true, created: { organizations: 2, people: 2, logins: 1, positions: 2, holders: 2 } } });
    expect((await treeOf()).children).toEqual([]);
  });

  it('refuses the whole file when one row is wrong, naming its sheet, row and column, and creates nothing', async () => {
    const oneBad: Sheets = { ...good, 组织: [...good.组织!.slice(0, 2), ['imp-b', '中共乙县委', 'imp-nowhere']] };
    const res = await upload(admin, root, await workbook(oneBad));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'IMPORT_INVALID', message: expect.stringContaining('未导入任何内容') });
    expect(res.body.details).toEqual([{ sheet: '组织', row: 4, column: '上级组织代码', field: 'parentCode', reason: expect.stringContaining('未知的上级组织代码 imp-nowhere') }]);
    expect((await treeOf()).children).toEqual([]);
    expect(await sheetPeople()).toEqual([]);
  });

  it('reports every wrong row at once, each with its reason in Chinese', async () => {
    const res = await upload(
      admin,
      root,
      await workbook({
        组织: [
          ['imp-x', '中共X委', 'imp-z'], // row 2: a cycle x → z → y → x
          ['imp-y', '中共Y委', 'imp-x'],
          ['imp-z', '中共Z委', 'imp-y'],
          ['imp-x', '中共重复委', ''], // row 5: duplicate code
          ['bad code!', '', ''], // row 6: bad code, missing name
          ['imp-root', '中共示范市委', ''], // row 7: the target's own code (already in the database)
        ],
        职位: [
          ['imp-y', '书记处', '', ''], // row 2: unknown kind
          ['imp-q', '一把手', '', ''], // row 3: unknown organization
          ['imp-y', '一把手', '', 'nobody@imp.example.gov.cn'], // row 4: holder not listed
          ['imp-y', '一把手', '', ''], // row 5: a second 一把手
        ],
        人员: [
          ['周五', 'not-an-email', '', ''], // row 2
          ['吴六', 'wu@imp.example.gov.cn', 'Wu Liu', ''], // row 3: bad login
          ['郑七', 'WU@imp.example.gov.cn', '', ''], // row 4: duplicate e-mail (case aside)
          ['', 'admin@imp.e2e.duban.local', '', ''], // row 5: no name; an address already registered
        ],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_INVALID');
    const at = (sheet: string, row: number, field: string) => res.body.details.filter((d: any) => d.sheet === sheet && d.row === row && d.field === field).map((d: any) => d.reason);
    expect(at('组织', 2, 'parentCode')).toEqual([expect.stringContaining('形成环')]);
    expect(at('组织', 5, 'code')).toEqual(['组织代码 imp-x 与本表第 2 行重复']);
    expect(at('组织', 6, 'name')).toEqual(['必填，不能为空']);
    expect(at('组织', 7, 'code')).toEqual([expect.stringContaining('已存在')]);
    expect(at('职位', 2, 'role')).toEqual([expect.stringContaining('未知的职位类型“书记处”')]);
    expect(at('职位', 3, 'organizationCode')).toEqual([expect.stringContaining('未知的组织代码 imp-q')]);
    expect(at('职位', 4, 'holderEmail')).toEqual([expect.stringContaining('未在“人员”表中列出')]);
    expect(at('职位', 5, 'role')).toEqual([expect.stringContaining('第 4 行设一把手职位')]);
    expect(at('人员', 2, 'email')).toEqual(['应为有效的电子邮箱地址']);
    expect(at('人员', 3, 'login')).toEqual([expect.stringContaining('小写字母')]);
    expect(at('人员', 4, 'email')).toEqual(['邮箱 wu@imp.example.gov.cn 与本表第 3 行重复']);
    expect(at('人员', 5, 'name')).toEqual(['必填，不能为空']);
    for (const d of res.body.details) expect(HEADERS[d.sheet as keyof typeof HEADERS]).toContain(d.column);
    expect((await treeOf()).children).toEqual([]);
  });

  it('imports the fixed file in one go: the tree, its seats and holders, the people and their logins; then refuses it a second time', async () => {
    const file = await workbook(good);
    const res = await upload(admin, root, file);
    expect(res).toEqual({ status: 201, body: { dryRun: false, created: { organizations: 3, people: 4, logins: 2, positions: 5, holders: 4 } } });

    const tree = await treeOf();
    const shape = (node: any): any => ({
      code: node.code,
      name: node.name,
      positions: node.positions.map((p: any) => `${p.role}:${p.title}:${p.holder?.name ?? '空缺'}`),
      children: node.children.map(shape),
    });
    expect(shape(tree)).toEqual({
      code: 'imp-root',
      name: '中共示范市委',
      positions: [],
      children: [
        {
          code: 'imp-a',
          name: '中共甲区委',
          positions: ['principal:区委书记:赵一', 'discipline_secretary:纪委书记:钱二', 'member:副书记:空缺'],
          children: [{ code: 'imp-a1', name: '中共甲区某街道工委', positions: ['principal:街道党工委书记:孙三'], children: [] }],
        },
        { code: 'imp-b', name: '中共乙县委', positions: ['principal:县委书记:李四'], children: [] },
      ],
    });
    expect(await sheetPeople()).toEqual(['li@imp.example.gov.cn', 'qian@imp.example.gov.cn', 'sun@imp.example.gov.cn', 'zhao@imp.example.gov.cn']);
    // Placed where the sheet says: 钱二 registered in 甲区委, 李四 in the target organization.
    const people = (await admin.get('/people?q=imp.example')).body;
    const placed = Object.fromEntries(people.map((p: any) => [p.email, p.homeOrganizationId]));
    expect(placed['qian@imp.example.gov.cn']).toBe(tree.children[0].id);
    expect(placed['li@imp.example.gov.cn']).toBe(root);
    // Logins were created (without a password) for those with one, as PUT /people/:id/login would.
    const logins = await sut.db.dataSource.query(`SELECT u.login, u.password_hash FROM users u JOIN people p ON p.id = u.person_id WHERE p.email LIKE '%@imp.example.gov.cn' ORDER BY u.login`);
    expect(logins).toEqual([{ login: 'lisi', password_hash: null }, { login: 'zhaoyi', password_hash: null }]);
    // Holding records as for a seat created with its holder.
    const holdings = (await admin.get(`/positions/${tree.children[0].positions[0].id}/holdings`)).body;
    expect(holdings).toEqual([expect.objectContaining({ personId: people.find((p: any) => p.email === 'zhao@imp.example.gov.cn').id, endedAt: null })]);
    // Every record is in the audit trail, attributed to the administrator who imported it.
    const audited = await sut.db.dataSource.query(
      `SELECT table_name, actor FROM audit_log WHERE action = 'insert' AND ((table_name = 'organizations' AND after->>'code' IN ('imp-a', 'imp-a1', 'imp-b')) OR (table_name = 'people' AND after->>'email' LIKE '%@imp.example.gov.cn'))`,
    );
    expect(audited.map((a: any) => a.table_name).sort()).toEqual([...Array(4).fill('people'), ...Array(3).fill('organizations')].sort());
    expect(new Set(audited.map((a: any) => a.actor))).toEqual(new Set([`person:${(await admin.get('/auth/me')).body.person.id}`]));

    const again = await upload(admin, root, file);
    expect(again.status).toBe(400);
    expect(again.body.details).toEqual(
      expect.arrayContaining([
        { sheet: '组织', row: 2, column: '组织代码', field: 'code', reason: expect.stringContaining('在系统中已存在') },
        { sheet: '人员', row: 2, column: '邮箱', field: 'email', reason: expect.stringContaining('邮箱已被使用') },
        { sheet: '人员', row: 2, column: '登录名', field: 'login', reason: '登录名已被使用：zhaoyi' },
      ]),
    );
    expect((await treeOf()).children.map((c: any) => c.code)).toEqual(['imp-a', 'imp-b']);
  });

  it('refuses what is not an xlsx workbook, a file over 2 MB, a missing file and another field with 400 on file', async () => {
    for (const [file, options] of [
      [Buffer.from('组织代码,组织名称\nimp-c,中共丙县委\n'), { filename: 'tree.csv' }],
      [Buffer.from('PK\u0003\u0004 not really a zip'), {}],
      [await workbook(good), { field: 'upload' }],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(2 * 1024 * 1024)]), {}],
    ] as const) {
      const res = await upload(admin, root, file, options);
      expect(res.status).toBe(400);
      expect(res.body.details).toEqual([{ field: 'file', reason: expect.any(String) }]);
    }
    const noFile = await admin.post(`/organizations/${root}/import`, {});
    expect(noFile.status).toBe(400);
    expect(noFile.body.details).toEqual([{ field: 'file', reason: expect.stringContaining('请上传') }]);
  });

  it('is documented in OpenAPI: a multipart body with a binary file, and every status it answers', async () => {
    const doc = (await sut.anonymous.get('/api/openapi.json')).body;
    const post = doc.paths['/organizations/{id}/import'].post;
    expect(post.requestBody.content['multipart/form-data'].schema).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
    expect(post.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['id', 'dryRun']));
    expect(Object.keys(post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413']);
    const get = doc.paths['/organizations/{id}/import-template.xlsx'].get;
    expect(get.responses['200'].content['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'].schema).toEqual({ type: 'string', format: 'binary' });
    expect(Object.keys(get.responses).sort()).toEqual(['200', '400', '401', '403', '404']);
  });

  it('is refused to anyone who does not administer the organization, without revealing it', async () => {
    expect((await upload(outsider, root, await workbook({ 组织: [['imp-c', '中共丙县委', '']] }))).status).toBe(404);
    expect((await outsider.get(`/organizations/${root}/import-template.xlsx`)).status).toBe(404);
    expect((await treeOf()).children.map((c: any) => c.code)).toEqual(['imp-a', 'imp-b']);
  });
});
