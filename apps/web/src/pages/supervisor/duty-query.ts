/** The ProTable's search form and page → GET /duties's query (filters and pagination on the server). */
export interface DutySearch {
  current?: number;
  pageSize?: number;
  organizationId?: string;
  subtree?: boolean;
  personId?: string;
  status?: string;
  dueFrom?: string;
  dueTo?: string;
}

export interface DutiesQuery {
  page: number;
  pageSize: number;
  organizationId?: string;
  subtree?: boolean;
  personId?: string;
  status?: 'pending' | 'overdue' | 'escalation_proposed' | 'escalated' | 'completed' | 'cancelled';
  dueFrom?: string;
  dueTo?: string;
}

const STATUSES = ['pending', 'overdue', 'escalation_proposed', 'escalated', 'completed', 'cancelled'] as const;

export function dutiesQuery(search: DutySearch): DutiesQuery {
  const query: DutiesQuery = { page: search.current ?? 1, pageSize: Math.min(search.pageSize ?? 20, 200) };
  if (search.organizationId) {
    query.organizationId = search.organizationId;
    // Within one organization, its subtree unless asked otherwise.
    query.subtree = search.subtree ?? true;
  }
  if (search.personId) query.personId = search.personId;
  if (search.status && (STATUSES as readonly string[]).includes(search.status)) query.status = search.status as DutiesQuery['status'];
  if (search.dueFrom) query.dueFrom = search.dueFrom.slice(0, 10);
  if (search.dueTo) query.dueTo = search.dueTo.slice(0, 10);
  return query;
}
