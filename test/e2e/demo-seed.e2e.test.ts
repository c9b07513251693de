import { runSeed } from '@duban/api/seed/run-seed';
import { eventually } from '../support/eventually';
import { SystemUnderTest } from '../support/system-under-test';

/**
 * `npm start`'s demo, seeded through the product's own doors on the real system: packs per part of the tree,
 * cycles on, and a year in progress that a newcomer can look at in the first minute. Seeding twice changes nothing.
 */
describe('the demo seed (real Postgres, Temporal, SMTP)', () => {
  const sut = new SystemUnderTest();
  const lines: string[] = [];
  const count = async (sql: string) => (await sut.db.dataSource.query(sql))[0].n as number;
  const codeOf = (code: string) => `(SELECT id FROM organizations WHERE code = '${code}')`;

  beforeAll(async () => {
    await sut.start();
    expect(await runSeed(sut.nest, sut.config.timeZone, (line) => lines.push(line))).toEqual({ created: true });
  });
  afterAll(() => sut.stop());

  it('puts each part of the tree on its own regime and switches the cycles on', async () => {
    const packs = await sut.db.dataSource.query(`SELECT o.code, s.pack_id FROM organization_settings s JOIN organizations o ON o.id = s.organization_id WHERE s.pack_id IS NOT NULL ORDER BY o.code`);
    expect(packs).toEqual([
      { code: 'demo-admin', pack_id: 'shanxi-school-2022' },
      { code: 'demo-city', pack_id: 'beijing-2021' },
      { code: 'demo-cs', pack_id: 'czu-2022' },
      { code: 'demo-prov', pack_id: 'central-2021' },
      { code: 'demo-univ', pack_id: 'anhui-2022' },
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM organization_settings WHERE cycles_enabled`)).toBe(8);
    expect(lines.filter((l) => l.includes('✓'))).toHaveLength(6);
  });

  it('shows a year in progress: done with a note, overdue, due soon, an escalation and an extension waiting, a new 一把手 with the reminder letter', async () => {
    const cityDuties = (await sut.api.get(`/duties?organizationId=${(await sut.db.dataSource.query(`SELECT id FROM organizations WHERE code = 'demo-city'`))[0].id}&pageSize=200`)).body.items as any[];
    const done = cityDuties.find((d) => d.templateId === 'supervision-talk' && d.status === 'completed');
    expect(done.completion.note).toContain('监督谈话');
    expect(cityDuties.some((d) => d.colour === 'red')).toBe(true);
    expect(cityDuties.some((d) => d.colour === 'yellow')).toBe(true);
    expect(await count(`SELECT count(*)::int AS n FROM extension_requests WHERE status = 'pending'`)).toBe(1);
    await eventually(async () => ((await count(`SELECT count(*)::int AS n FROM escalation_proposals WHERE status = 'pending'`)) > 0 ? true : undefined), { timeoutMs: 60_000 });

    const [appointment] = await sut.db.dataSource.query(`SELECT status FROM appointments WHERE organization_id = ${codeOf('demo-cs-students')}`);
    expect(appointment.status).toBe('effective');
    const letter = await eventually(async () => (await sut.db.dataSource.query(`SELECT year, seq, rectification_ids FROM reminder_letters WHERE organization_id = ${codeOf('demo-cs-students')}`))[0], { timeoutMs: 60_000 });
    expect(letter.seq).toBe(1);
    // The letter lists the student branch's open inspection finding of the register.
    const [finding] = await sut.db.dataSource.query(`SELECT id FROM rectifications WHERE organization_id = ${codeOf('demo-cs-students')}`);
    expect(letter.rectification_ids).toEqual([finding.id]);
    // The register: a finding of the city's inspection and a recommendation, each followed up with its milestones.
    const register = (await sut.api.get('/rectifications')).body.items as any[];
    expect(register.map((r) => r.sourceLabel).sort()).toEqual(['巡视巡察', '巡视巡察', '纪检监察建议']);
    await eventually(async () => ((await count(`SELECT count(*)::int AS n FROM duties WHERE period_key LIKE 'rect:%'`)) >= 4 ? true : undefined), { timeoutMs: 60_000 });
  });

  it('a second run finds the tree and changes nothing', async () => {
    // What the seed writes itself (the cycles may still be opening periods in the background).
    const written = `SELECT ((SELECT count(*) FROM people) + (SELECT count(*) FROM organizations) + (SELECT count(*) FROM users)
                          + (SELECT count(*) FROM appointments) + (SELECT count(*) FROM extension_requests) + (SELECT count(*) FROM rectifications)
                          + (SELECT count(*) FROM duty_events WHERE type = 'created' AND data ->> 'kind' = 'manual'))::int AS n`;
    const before = await count(written);
    expect(await runSeed(sut.nest, sut.config.timeZone, () => undefined)).toEqual({ created: false });
    const after = await count(written);
    expect(after).toBe(before);
  });
});
