import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client';
import { useAuth } from '../../../auth/AuthProvider';
import { messageOf } from '../../../errors/api-error';
import { administeredRoots, toForest, type OrgNode } from './org-forest';
import type { Organization, OrganizationTreeNode } from './org-views';

export interface OrgForest {
  loading: boolean;
  /** Why the tree could not be read (Chinese), or null. */
  error: string | null;
  forest: OrgNode[];
  organizations: Organization[];
  reload: () => Promise<void>;
}

/** The organizations the person administers: GET /organizations (flat) and GET /organizations/:id/tree per root. */
export function useOrgForest(): OrgForest {
  const { me } = useAuth();
  const [state, setState] = useState<Omit<OrgForest, 'reload'>>({ loading: true, error: null, forest: [], organizations: [] });
  const administers = me?.administers.join(',') ?? '';
  const systemAdmin = !!me?.systemAdmin;

  const reload = useCallback(async () => {
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const organizations = await unwrap<Organization[]>(api.GET('/organizations', { params: { query: {} } }));
      const roots = administeredRoots(administers ? administers.split(',') : [], organizations, systemAdmin);
      const trees = await Promise.all(roots.map((id) => unwrap<OrganizationTreeNode>(api.GET('/organizations/{id}/tree', { params: { path: { id } } }))));
      setState({ loading: false, error: null, forest: toForest(trees, organizations), organizations });
    } catch (error) {
      setState((previous) => ({ ...previous, loading: false, error: messageOf(error) }));
    }
  }, [administers, systemAdmin]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { ...state, reload };
}
