import dayjs from 'dayjs';
import type { EscalationProposal, ExtensionRequest } from '../../api/views';
import type { ApprovalItem } from './DecisionDrawer';

export function escalationItem(proposal: EscalationProposal): ApprovalItem {
  return {
    kind: 'escalations',
    id: proposal.id,
    status: proposal.status,
    duty: proposal.duty,
    summary: `第 ${proposal.round} 轮逾期，建议升级至第 ${proposal.level} 级（${dayjs(proposal.decidesBy).format('YYYY-MM-DD HH:mm')} 前未决定将自动升级）`,
    reason: proposal.reason,
    requestedDay: null,
  };
}

export function extensionItem(request: ExtensionRequest): ApprovalItem {
  return {
    kind: 'extensions',
    id: request.id,
    status: request.status,
    duty: request.duty,
    summary: `申请延期至 ${dayjs(request.requestedDueAt).format('YYYY-MM-DD HH:mm')}`,
    reason: request.reason,
    requestedDay: dayjs(request.requestedDueAt).format('YYYY-MM-DD'),
  };
}
