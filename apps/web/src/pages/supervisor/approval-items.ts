import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { DutyView, EscalationProposal, ExtensionRequest } from '../../api/views';
import type { ApprovalItem } from './DecisionDrawer';

export function escalationItem(proposal: EscalationProposal): ApprovalItem {
  return {
    kind: 'escalations',
    id: proposal.id,
    status: proposal.status,
    duty: proposal.duty,
    summary: `逾期未办，建议升级至第 ${proposal.level} 级督办（${dayjs(proposal.decidesBy).format('YYYY-MM-DD HH:mm')} 前未决定将自动升级）`,
    reason: proposal.reason,
    requestedDay: null,
  };
}

export function extensionItem(request: ExtensionRequest, duty: DutyView): ApprovalItem {
  return {
    kind: 'extensions',
    id: request.id,
    status: request.status,
    duty,
    summary: `申请延期至 ${dayjs(request.requestedDueAt).format('YYYY-MM-DD HH:mm')}`,
    reason: request.reason,
    requestedDay: dayjs(request.requestedDueAt).format('YYYY-MM-DD'),
  };
}

/** Extension requests come without their duty: each duty is read once (pending requests are few). */
export async function extensionItems(requests: ExtensionRequest[]): Promise<ApprovalItem[]> {
  const ids = [...new Set(requests.map((request) => request.dutyId))];
  const duties = await Promise.all(ids.map((id) => unwrap<DutyView>(api.GET('/duties/{id}', { params: { path: { id } } }))));
  const byId = new Map(duties.map((duty) => [duty.id, duty]));
  return requests.map((request) => extensionItem(request, byId.get(request.dutyId)!));
}
