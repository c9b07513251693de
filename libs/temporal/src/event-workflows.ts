import type { TenureClockInput } from '@duban/contracts';
import { dutyReassignedSignal, tenureEndedSignal, tenureWorkflowId } from '@duban/contracts';
import { DubanWorkflowClient } from './duban-workflow-client';

/** What the event activities ask of Temporal: tenure clocks, and telling chases their duty has a new holder. */
export interface EventWorkflows {
  /** Starts `tenure-<holdingId>` (once: a retried start is harmless). */
  startTenureClock(input: TenureClockInput): Promise<void>;
  /** The holdings ended: their clocks stop (a clock already gone is fine). `progress`: after each. */
  endTenureClocks(holdingIds: string[], progress?: () => void): Promise<void>;
  /** Tells each moved duty's chase its new holder; `progress`: after each. */
  signalReassigned(moved: { workflowId: string; personId: string; seq: number }[], progress?: () => void): Promise<void>;
}

/** Through the typed client: the contracts' workflow types and signals, never names typed by hand. */
export function temporalEventWorkflows(workflows: DubanWorkflowClient): EventWorkflows {
  return {
    startTenureClock: (input) => workflows.startTenureClock(input),
    async endTenureClocks(holdingIds, progress) {
      for (const id of holdingIds) {
        await workflows.signal(tenureWorkflowId(id), tenureEndedSignal);
        progress?.();
      }
    },
    async signalReassigned(moved, progress) {
      for (const m of moved) {
        await workflows.signal(m.workflowId, dutyReassignedSignal, { personId: m.personId, seq: m.seq });
        progress?.();
      }
    },
  };
}
