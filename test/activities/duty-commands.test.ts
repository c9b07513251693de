import {
  applyDutyCommand,
  claimEscalationDecision,
  claimExtensionDecision,
  DutyEntity,
  DutyEventEntity,
  EscalationProposalEntity,
  ExtensionRequestEntity,
  releaseEscalationDecision,
} from '@duban/persistence';
import { createTestDatabase, TestDatabase } from '../support/database';
import { buildTree, insertDuty, TreeFixture } from '../support/tree-fixture';

const DAY = 86_400_000;

/** The one writer of a duty's state, on real Postgres: lock, transition, status and timeline together, or nothing. */
describe('duty command service (Postgres)', () => {
  let db: TestDatabase;
  let tree: TreeFixture;

  beforeAll(async () => {
    db = await createTestDatabase();
    tree = await buildTree(db.dataSource);
  });
  afterAll(() => db.drop());

  const duty = (id: string) => db.dataSource.getRepository(DutyEntity).findOneByOrFail({ id });
  const events = async (dutyId: string) => (await db.dataSource.getRepository(DutyEventEntity).find({ where: { dutyId }, order: { id: 'ASC' } })).map((e) => e.type);
  const propose = (dutyId: string) =>
    db.dataSource.getRepository(EscalationProposalEntity).save({ dutyId, round: 0, level: 1, targetOrganizationId: null, audience: [], status: 'pending', decidesBy: new Date(Date.now() + DAY) });

  it('writes the status, its changes and the timeline step in one go; a refused command writes nothing', async () => {
    const { id } = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() + 10 * DAY));
    const done = await db.dataSource.transaction((m) =>
      applyDutyCommand(m, id, { event: { kind: 'completed' }, timeline: { type: 'completed', dedupeKey: 'completed', actorKind: 'system' } }),
    );
    expect(done).toMatchObject({ refused: false, from: 'pending', status: 'completed', tell: [{ kind: 'stop_chase', closedBy: 'completed' }], recorded: true });
    const again = await db.dataSource.transaction((m) =>
      applyDutyCommand(m, id, { event: { kind: 'cancelled' }, changes: { cancelReason: '迟了' }, timeline: { type: 'cancelled', dedupeKey: 'cancelled', actorKind: 'system' } }),
    );
    expect(again).toMatchObject({ refused: true, code: 'DUTY_CLOSED' });
    expect(await duty(id)).toMatchObject({ status: 'completed', cancelReason: null });
    expect(await events(id)).toEqual(['created', 'completed']);
  });

  it('a policy change that moves the due date withdraws the waiting proposal and names it in the timeline', async () => {
    const { id } = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() - 20 * DAY));
    await db.dataSource.transaction((m) => applyDutyCommand(m, id, { event: { kind: 'escalation_proposed' } }));
    const proposal = await propose(id);
    const dueAt = new Date(Date.now() + 30 * DAY);
    const result = await db.dataSource.transaction((m) =>
      applyDutyCommand(m, id, {
        event: { kind: 'policy_changed', dueMoved: true, dueInFuture: true },
        changes: { dueAt },
        timeline: { type: 'policy_changed', dedupeKey: 'policy_changed:test', actorKind: 'system', data: { overrideId: 'test' } },
      }),
    );
    expect(result).toMatchObject({ refused: false, from: 'escalation_proposed', status: 'pending', tell: [{ kind: 'new_round' }], withdrawnProposalIds: [proposal.id] });
    expect(await db.dataSource.getRepository(EscalationProposalEntity).findOneByOrFail({ id: proposal.id })).toMatchObject({ status: 'withdrawn' });
    const [change] = await db.dataSource.getRepository(DutyEventEntity).findBy({ dutyId: id, type: 'policy_changed' });
    expect(change.data).toEqual({ overrideId: 'test', withdrawnProposalIds: [proposal.id] });
  });

  it('claims a decision once: the second supervisor is refused until the first claim is released; a closed duty refuses both', async () => {
    const { id } = await insertDuty(db.dataSource, tree, 1, new Date(Date.now() - 20 * DAY));
    const proposal = await propose(id);
    const claim = (personId: string) => db.dataSource.transaction((m) => claimEscalationDecision(m, proposal.id, personId, { kind: 'decision_approved' }));
    expect(await claim(tree.mid.discipline.personId)).toMatchObject({ refused: false, duty: { id } });
    expect(await claim(tree.mid.principal.personId)).toMatchObject({ refused: true, code: 'ALREADY_DECIDED' });
    await releaseEscalationDecision(db.dataSource.manager, proposal.id, tree.mid.discipline.personId);
    await db.dataSource.transaction((m) => applyDutyCommand(m, id, { event: { kind: 'cancelled' } }));
    expect(await claim(tree.mid.principal.personId)).toMatchObject({ refused: true, code: 'DUTY_CLOSED' });
    expect(await db.dataSource.transaction((m) => claimEscalationDecision(m, '00000000-0000-4000-8000-000000000000', tree.mid.principal.personId, { kind: 'decision_approved' }))).toBeNull();

    const other = await insertDuty(db.dataSource, tree, 0, new Date(Date.now() + 5 * DAY));
    const request = await db.dataSource.getRepository(ExtensionRequestEntity).save({ dutyId: other.id, requestedByPersonId: other.responsiblePersonId, requestedDueAt: new Date(Date.now() + 40 * DAY), reason: '外出', status: 'pending' });
    expect(await db.dataSource.transaction((m) => claimExtensionDecision(m, request.id, tree.mid.discipline.personId))).toMatchObject({ refused: false, claimed: { id: request.id } });
    expect(await db.dataSource.transaction((m) => claimExtensionDecision(m, request.id, tree.mid.principal.personId))).toMatchObject({ refused: true, code: 'ALREADY_DECIDED' });
  });
});
