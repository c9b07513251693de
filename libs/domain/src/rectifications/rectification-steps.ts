import { DateTime } from 'luxon';
import { parseIsoDuration } from '../time/iso-duration';
import { ADMONITION_WITHIN, Milestone } from './milestones';
import { NoticeReason, RectificationEscalation, RectificationKind, RectificationStatus, RectificationTimings, RETURNS_BEFORE_ADMONITION, UNSUBMITTED_RECTIFICATION_STATUSES } from './rectification';

/** What the follow-up needs to know of a rectification to decide what is due now. Dates are calendar dates in the zone. */
export interface RectificationFacts {
  kind: RectificationKind;
  status: RectificationStatus;
  foundOn: string;
  /** The day it was recorded: nothing falls due before it (a finding recorded late asks no past plan or report). */
  recordedOn: string;
  /** The date the current round started: the finding's date, or the day a visit reopened it. */
  roundStartedOn: string;
  deadline: string;
  round: number;
  returnsThisRound: number;
  timings: RectificationTimings;
  /** The day after the deadline passed with the work not submitted; null: never late. */
  lateSince: string | null;
  escalation: RectificationEscalation | null;
  /** The day the completion report of this round was accepted. */
  acceptedOn: string | null;
  /** A completion report was sent back as paper-only or fake (纸面整改、虚假整改). */
  paperOnly: boolean;
  /** When the admonition talk was (or is) due. */
  admonitionDueOn: string | null;
  /** The notices proposed so far, by reason, and whether an approved one still has to go out. */
  noticeReasons: NoticeReason[];
  noticeToSend: boolean;
  /** Milestone duties already issued, by key (`plan`, `progress:3`, `report:0`, `visit:0`, `admonition`, `correction`). */
  issued: ReadonlySet<string>;
}

export type RectificationStep =
  | { kind: 'issue'; milestone: Milestone; n: number | null; dueOn: string }
  | { kind: 'mark_late'; since: string }
  | { kind: 'propose_notice'; reason: NoticeReason }
  | { kind: 'send_notice' };

export interface RectificationAgenda {
  steps: RectificationStep[];
  /** The next moment something may fall due (ISO); null when nothing will without a human act. */
  nextAt: string | null;
  /** Closed or cancelled: the follow-up is over. */
  done: boolean;
}

export const milestoneKey = (milestone: Milestone, n: number | null) => (n === null ? milestone : `${milestone}:${n}`);

/** The progress reports of a round are numbered from round × 100 + 1 (a round holds fewer than 100). */
const progressNumber = (round: number, k: number) => round * 100 + k;

/**
 * What is due now in a rectification's follow-up, and when to look again. Pure: `now` is the workflow's clock.
 * - the plan within `planWithin` of the finding, then progress reports every `progressEvery` before the deadline,
 *   and the completion report (or a recommendation's answer) by the deadline;
 * - past the deadline with nothing submitted: late; late or sent back twice in a round: the admonition talk
 *   (北京第（二十五）条, 安徽第（二十四）条); a recommendation not answered in time: the order to correct (安徽第（二十五）条);
 * - still not done `noticeAfterTalk` after the talk was due, or found paper-only: a public notice is proposed;
 *   once approved it goes out;
 * - after acceptance, the follow-up visit `visitAfter` later.
 */
export function rectificationAgenda(facts: RectificationFacts, now: Date, zone: string): RectificationAgenda {
  if (facts.status === 'closed' || facts.status === 'cancelled') return { steps: [], nextAt: null, done: true };
  const steps: RectificationStep[] = [];
  const wakes: DateTime[] = [];
  const nowDt = DateTime.fromJSDate(now, { zone });
  const today = nowDt.toISODate()!;
  const day = (date: string) => DateTime.fromISO(date, { zone });
  const plus = (date: string, duration: string) => day(date).plus(parseIsoDuration(duration)).toISODate()!;
  const issue = (milestone: Milestone, n: number | null, dueOn: string) => {
    if (!facts.issued.has(milestoneKey(milestone, n))) steps.push({ kind: 'issue', milestone, n, dueOn });
  };
  const unsubmitted = UNSUBMITTED_RECTIFICATION_STATUSES.includes(facts.status);

  if (facts.round === 0 && facts.timings.planWithin && facts.kind === 'finding') {
    const planDue = plus(facts.foundOn, facts.timings.planWithin);
    if (planDue < facts.deadline && planDue >= facts.recordedOn) issue('plan', null, planDue);
  }
  if (unsubmitted || facts.status === 'reviewing') issue('report', facts.round, facts.deadline);

  if (unsubmitted && facts.timings.progressEvery) {
    const every = parseIsoDuration(facts.timings.progressEvery);
    const after = (k: number) => day(facts.roundStartedOn).plus(every.mapUnits((x) => x * k));
    // Report k covers the k-th interval of the round: asked when the interval opens, due when it ends. An interval
    // that ended before today was never asked (recorded later, or the report was under review then): not owed now.
    for (let k = 1; k < 100; k++) {
      const dueOn = after(k).toISODate()!;
      if (dueOn >= facts.deadline) break;
      const opens = after(k - 1);
      if (opens > nowDt) {
        wakes.push(opens);
        break;
      }
      if (dueOn >= facts.recordedOn && dueOn >= today) issue('progress', progressNumber(facts.round, k), dueOn);
    }
  }

  const lateSince = facts.lateSince ?? (unsubmitted && today > facts.deadline ? day(facts.deadline).plus({ days: 1 }).toISODate()! : null);
  if (!facts.lateSince && lateSince) steps.push({ kind: 'mark_late', since: lateSince });
  if (unsubmitted && !lateSince) wakes.push(day(facts.deadline).plus({ days: 1 }));

  const returnedTwice = facts.returnsThisRound >= RETURNS_BEFORE_ADMONITION && facts.status !== 'accepted';
  if (facts.escalation === null && unsubmitted && lateSince && facts.kind === 'recommendation') {
    issue('correction', null, plus(today, ADMONITION_WITHIN));
  } else if (facts.escalation === null && ((unsubmitted && lateSince) || returnedTwice)) {
    issue('admonition', null, plus(today, ADMONITION_WITHIN));
  }

  if (facts.paperOnly && !facts.noticeReasons.includes('paper_only')) steps.push({ kind: 'propose_notice', reason: 'paper_only' });
  if (facts.escalation === 'admonition' && facts.admonitionDueOn && unsubmitted && !facts.noticeReasons.includes('late_after_talk')) {
    const noticeOn = day(facts.admonitionDueOn).plus(parseIsoDuration(facts.timings.noticeAfterTalk)).plus({ days: 1 });
    if (nowDt >= noticeOn) steps.push({ kind: 'propose_notice', reason: 'late_after_talk' });
    else wakes.push(noticeOn);
  }
  if (facts.noticeToSend) steps.push({ kind: 'send_notice' });

  if (facts.status === 'accepted' && facts.acceptedOn) issue('visit', facts.round, plus(facts.acceptedOn, facts.timings.visitAfter));

  const next = wakes.filter((w) => w > nowDt).sort((a, b) => a.toMillis() - b.toMillis())[0];
  return { steps, nextAt: next ? next.toUTC().toISO() : null, done: false };
}
