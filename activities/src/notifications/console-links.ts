/**
 * Links straight to an item in the web console (`${PUBLIC_URL}/console/…`), for the emails that ask someone to
 * act. The ids are the ones the API's routes take: a duty (`/duties/:id`), an escalation proposal
 * (`/escalations/:id/decision`), an extension request (`/extension-requests/:id/decision`).
 */
export interface ConsoleLinks {
  duty(dutyId: string): string;
  escalationProposal(proposalId: string): string;
  extensionRequest(requestId: string): string;
  /** A rectification of the register (整改台账), with its milestones and history. */
  rectification(rectificationId: string): string;
}

export function consoleLinks(publicUrl: string): ConsoleLinks {
  const base = `${publicUrl.replace(/\/+$/, '')}/console`;
  return {
    duty: (id) => `${base}/duties/${encodeURIComponent(id)}`,
    escalationProposal: (id) => `${base}/approvals/escalations/${encodeURIComponent(id)}`,
    extensionRequest: (id) => `${base}/approvals/extensions/${encodeURIComponent(id)}`,
    rectification: (id) => `${base}/rectifications/${encodeURIComponent(id)}`,
  };
}
