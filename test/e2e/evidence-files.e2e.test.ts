import { createHash } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { EVIDENCE_PDF, uploadEvidence } from '../support/evidence';
import { buildTreeOverHttp, HttpTree, issueOverHttp } from '../support/http-tree';
import { TestBucket } from '../support/s3-bucket';
import { SystemUnderTest } from '../support/system-under-test';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A multipart upload over real HTTP, as a browser sends it (UTF-8 file name in `filename="…"`). */
async function upload(api: ApiClient, dutyId: string, parts: { field?: string; name?: string; content?: Buffer; type?: string }[]) {
  const form = new FormData();
  for (const p of parts) {
    if (p.content) form.append(p.field ?? 'file', new Blob([p.content], { type: p.type ?? 'application/octet-stream' }), p.name ?? 'a.pdf');
    else form.append(p.field ?? 'note', 'x');
  }
  const response = await fetch(`${api.baseUrl}/duties/${dutyId}/evidence`, { method: 'POST', headers: api.authorization, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * 履职佐证材料 on real servers: who may add, read and remove them, what is accepted, and the limits — with the
 * bytes in the files table (EVIDENCE_STORE=postgres) and in a bucket of a real S3-compatible server (moto).
 */
describe.each(['postgres', 's3'] as const)('evidence files kept in %s (Postgres, Temporal, SMTP)', (store) => {
  const bucket = store === 's3' ? new TestBucket() : null;
  const sut = new SystemUnderTest({ EVIDENCE_MAX_BYTES: String(256 * 1024), EVIDENCE_MAX_FILES: '3', ...(bucket?.env ?? {}) });
  let tree: HttpTree;
  let dutyA: string;
  let dutyB: string;
  const as = {} as Record<'m' | 'mj' | 'a' | 'b', ApiClient>;

  beforeAll(async () => {
    await bucket?.create();
    await sut.start();
    tree = await buildTreeOverHttp(sut.api, 'evidence', { pack: 'anhui-2022' });
    for (const who of ['m', 'mj', 'a', 'b'] as const) as[who] = await sut.as(tree.people[who].id);
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(issued.status).toBe(201);
    dutyA = issued.body.duties.find((d: any) => d.counterpart.id === tree.people.a.id).id;
    dutyB = issued.body.duties.find((d: any) => d.counterpart.id === tree.people.b.id).id;
  });
  afterAll(async () => {
    bucket?.close();
    await sut.stop();
  });

  /** Where the row says the bytes are, and the bytes found there: the row itself, or the bucket (the row empty). */
  async function keptBytes(fileId: string): Promise<Buffer> {
    const [row]: { store: string; content: Buffer | null; object_key: string | null; duty_id: string }[] = await sut.db.dataSource.query(
      `SELECT store, content, object_key, duty_id FROM evidence_files WHERE id = $1`,
      [fileId],
    );
    expect(row.store).toBe(store);
    if (store === 'postgres') {
      expect(row.object_key).toBeNull();
      return row.content!;
    }
    expect(row.content).toBeNull();
    expect(row.object_key).toBe(`evidence/${row.duty_id}/${fileId}`);
    expect(await bucket!.keys()).toContain(row.object_key);
    return bucket!.bytes(row.object_key!);
  }

  it('the responsible leader uploads a file with a Chinese name; readers of the duty list and download it, others get 404', async () => {
    const added = await upload(as.m, dutyA, [{ name: '民主生活会会议记录（签字版）.pdf', content: PDF, type: 'text/plain' }]);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      fileName: '民主生活会会议记录（签字版）.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      uploadedBy: { id: tree.people.m.id, name: '市委书记' },
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(Date.parse(added.body.uploadedAt)).not.toBeNaN();

    const listed = await as.a.get(`/duties/${dutyA}/evidence`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((f: any) => f.id)).toEqual([added.body.id]);
    expect((await as.mj.get(`/duties/${dutyA}`)).body.evidenceCount).toBe(1);

    const download = await fetch(`${sut.anonymous.baseUrl}/evidence/${added.body.id}`, { headers: as.mj.authorization });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('民主生活会会议记录（签字版）.pdf')}`);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await keptBytes(added.body.id)).equals(PDF)).toBe(true);

    // 乙县委书记 may not see 甲's duty: the same answer as for a file that does not exist.
    expect((await as.b.get(`/evidence/${added.body.id}`)).status).toBe(404);
    expect((await as.b.get(`/duties/${dutyA}/evidence`)).status).toBe(404);
    expect((await as.b.get(`/evidence/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    // The 纪委书记 reads but does not add.
    const refused = await upload(as.mj, dutyA, [{ name: '照片.png', content: PNG }]);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('只有该事项的责任人本人可以上传或删除佐证材料');
  });

  it('decides the type by content and says what is wrong with the file, in Chinese, naming the field', async () => {
    const problem = async (parts: Parameters<typeof upload>[2]) => {
      const res = await upload(as.m, dutyB, parts);
      return { status: res.status, details: res.body.details };
    };
    expect(await problem([{ name: '说明.pdf', content: Buffer.from('just some text'), type: 'application/pdf' }])).toEqual({
      status: 400,
      details: [{ field: 'file', reason: expect.stringContaining('不支持的文件类型') }],
    });
    expect(await problem([{ name: '照片.pdf', content: PNG, type: 'application/pdf' }])).toEqual({
      status: 400,
      details: [{ field: 'file', reason: '文件内容是PNG 图片，扩展名应为 .png（现为 .pdf）' }],
    });
    expect(await problem([{ name: '空.pdf', content: Buffer.alloc(0) }])).toEqual({ status: 400, details: [{ field: 'file', reason: '文件为空' }] });
    expect(await problem([{ field: 'note' }])).toEqual({ status: 400, details: [{ field: 'file', reason: expect.stringContaining('缺少文件') }] });
    expect(await problem([{ field: 'document', name: 'a.pdf', content: PDF }])).toEqual({ status: 400, details: [{ field: 'file', reason: '文件应放在字段 file 中' }] });
    expect(await problem([{ name: 'a.pdf', content: PDF }, { name: 'b.pdf', content: PDF }])).toEqual({ status: 400, details: [{ field: 'file', reason: '每次只能上传一个文件' }] });
    const json = await as.m.post(`/duties/${dutyB}/evidence`, { file: 'x' });
    expect({ status: json.status, details: json.body.details }).toEqual({ status: 400, details: [{ field: 'file', reason: expect.stringContaining('缺少文件') }] });

    const tooLarge = await upload(as.m, dutyB, [{ name: '扫描件.pdf', content: Buffer.concat([PDF, Buffer.alloc(256 * 1024)]) }]);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'FILE_TOO_LARGE', details: [{ field: 'file', reason: '文件过大，单个文件不能超过 256 KB' }] });
    expect((await as.m.get(`/duties/${dutyB}/evidence`)).body).toEqual([]);
    // Nothing refused reached the store.
    if (bucket) expect((await bucket.keys()).filter((k) => k.startsWith(`evidence/${dutyB}/`))).toEqual([]);
  });

  it('holds at most EVIDENCE_MAX_FILES per duty; the uploader removes one while the duty is open', async () => {
    const ids: string[] = [];
    for (const name of ['一.png', '二.png']) {
      const res = await upload(as.m, dutyA, [{ name, content: PNG }]);
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const full = await upload(as.m, dutyA, [{ name: '三.png', content: PNG }]);
    expect([full.status, full.body.code]).toEqual([409, 'TOO_MANY_EVIDENCE_FILES']);

    expect((await as.mj.delete(`/evidence/${ids[0]}`)).status).toBe(403);
    expect((await as.b.delete(`/evidence/${ids[0]}`)).status).toBe(404);
    expect((await keptBytes(ids[0])).equals(PNG)).toBe(true);
    expect((await as.m.delete(`/evidence/${ids[0]}`)).status).toBe(204);
    expect((await as.m.get(`/evidence/${ids[0]}`)).status).toBe(404);
    // Deleting removed the bytes too: the object is gone from the bucket.
    if (bucket) expect((await bucket.keys()).filter((k) => k.endsWith(`/${ids[0]}`))).toEqual([]);
    const kept = await fetch(`${sut.anonymous.baseUrl}/evidence/${ids[1]}`, { headers: as.m.authorization });
    expect([kept.status, Buffer.from(await kept.arrayBuffer()).equals(PNG)]).toEqual([200, true]);
    if (bucket) {
      // Bytes the store lost (removed behind duban's back): a clear 503, not a broken download.
      await bucket.remove(`evidence/${dutyA}/${ids[1]}`);
      const lost = await as.m.get(`/evidence/${ids[1]}`);
      expect([lost.status, lost.body.message]).toEqual([503, '佐证材料存储暂不可用，暂时无法下载，请稍后重试']);
      const again = await upload(as.m, dutyA, [{ name: '二.png', content: PNG }]);
      expect((await as.m.delete(`/evidence/${ids[1]}`)).status).toBe(204);
      ids[1] = again.body.id;
    }
    expect((await as.m.get(`/duties/${dutyA}/evidence`)).body.map((f: any) => f.fileName)).toEqual(['民主生活会会议记录（签字版）.pdf', '二.png']);
  });

  it('minutes may arrive after completion (then they stay), never on a cancelled duty', async () => {
    const done = await as.m.post(`/duties/${dutyA}/completion`, { heldOn: new Date().toISOString().slice(0, 10), note: '已开展谈话' });
    expect(done.status).toBe(200);
    const late = await upload(as.m, dutyA, [{ name: '谈话记录.pdf', content: PDF }]);
    expect(late.status).toBe(201);
    expect((await as.m.delete(`/evidence/${late.body.id}`)).body.code).toBe('DUTY_CLOSED');

    expect((await sut.api.post(`/duties/${dutyB}/cancellation`, { reason: '误下达' })).status).toBe(200);
    const cancelled = await upload(as.m, dutyB, [{ name: '谈话记录.pdf', content: PDF }]);
    expect([cancelled.status, cancelled.body.code]).toEqual([409, 'DUTY_CANCELLED']);
  });

  it('a completion holds what the template asks: no 民主生活会 done without its minutes uploaded first', async () => {
    const issued = await issueOverHttp(sut.api, tree.orgs.mid, { templateId: 'democratic-life-meeting', dueAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(issued.status).toBe(201);
    const meeting: string = issued.body.duties[0].id;
    // The duty says what its completion must hold, in Chinese, so the console needs no rule of its own.
    expect((await as.m.get(`/duties/${meeting}`)).body.evidenceRequired).toEqual([
      { item: 'heldOn', label: '履职日期' },
      { item: 'note', label: '情况说明' },
      { item: 'file', label: '会议记录、签到表' },
    ]);
    expect((await as.m.get(`/duties/${dutyA}`)).body.evidenceRequired.map((r: { item: string }) => r.item)).toEqual(['heldOn', 'counterpart', 'note']);

    const today = new Date().toISOString().slice(0, 10);
    const refused = await as.m.post(`/duties/${meeting}/completion`, { heldOn: today, note: '召开年度民主生活会' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'evidence', reason: '该事项要求上传会议记录、签到表作为佐证材料：请先在“证据材料”中上传至少一份，再登记完成' }],
    });
    // Refused means not claimed: still open, nothing in its history.
    const still = (await as.m.get(`/duties/${meeting}`)).body;
    expect(still.status).toBe('pending');
    expect(still.history.map((e: { type: string }) => e.type)).not.toContain('completed');

    expect((await uploadEvidence(as.m, meeting, '民主生活会会议记录.pdf')).status).toBe(201);
    const done = await as.m.post(`/duties/${meeting}/completion`, { heldOn: today, note: '召开年度民主生活会' });
    expect([done.status, done.body.status, done.body.evidenceCount]).toEqual([200, 'completed', 1]);
    const download = await fetch(`${sut.anonymous.baseUrl}/evidence/${(await as.m.get(`/duties/${meeting}/evidence`)).body[0].id}`, { headers: as.mj.authorization });
    expect(Buffer.from(await download.arrayBuffer()).equals(EVIDENCE_PDF)).toBe(true);
  });

  it('every upload and removal is in the audit trail, by its person, without the bytes', async () => {
    const rows: { action: string; actor: string; after: Record<string, unknown> | null; before: Record<string, unknown> | null }[] = await sut.db.dataSource.query(
      `SELECT action, actor, after, before FROM audit_log WHERE table_name = 'evidence_files' ORDER BY seq`,
    );
    // With S3, the file whose bytes the store lost was uploaded again and the old one removed.
    const relost = store === 's3' ? ['insert', 'delete'] : [];
    expect(rows.map((r) => r.action)).toEqual(['insert', 'insert', 'insert', 'delete', ...relost, 'insert', 'insert']);
    expect(new Set(rows.map((r) => r.actor))).toEqual(new Set([`person:${tree.people.m.id}`]));
    expect(rows[0].after).toMatchObject({ file_name: '民主生活会会议记录（签字版）.pdf', duty_id: dutyA });
    for (const r of rows) expect(Object.keys(r.after ?? r.before ?? {})).not.toContain('content');
  });

  it('a file kept in the files table before EVIDENCE_STORE changed is still served from there', async () => {
    // As a deployment that kept its bytes in Postgres and then moved to a bucket finds its older files.
    const [{ id }]: { id: string }[] = await sut.db.dataSource.query(
      `INSERT INTO evidence_files (duty_id, file_name, content_type, size, sha256, store, content, uploaded_by_person_id)
       VALUES ($1, '旧谈话记录.pdf', 'application/pdf', $2, $3, 'postgres', $4, $5) RETURNING id`,
      [dutyA, EVIDENCE_PDF.length, createHash('sha256').update(EVIDENCE_PDF).digest('hex'), EVIDENCE_PDF, tree.people.m.id],
    );
    const download = await fetch(`${sut.anonymous.baseUrl}/evidence/${id}`, { headers: as.mj.authorization });
    expect([download.status, Buffer.from(await download.arrayBuffer()).equals(EVIDENCE_PDF)]).toEqual([200, true]);
    if (bucket) expect((await bucket.keys()).filter((k) => k.endsWith(`/${id}`))).toEqual([]);
  });

  it('the OpenAPI document describes the multipart body and every answer', async () => {
    const doc = (await sut.anonymous.get('/api/openapi.json')).body;
    const post = doc.paths['/duties/{id}/evidence'].post;
    const schema = post.requestBody.content['multipart/form-data'].schema;
    const resolved = schema.$ref ? doc.components.schemas[schema.$ref.split('/').pop()] : schema;
    expect(resolved.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(Object.keys(post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409', '413', '503']);
    expect(Object.keys(doc.paths['/evidence/{id}'].get.responses).sort()).toEqual(['200', '400', '401', '403', '404', '503']);
    expect(Object.keys(doc.paths['/evidence/{id}'].delete.responses).sort()).toEqual(['204', '400', '401', '403', '404', '409', '413']);
  });
});
