import { Alert, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../../api/client';
import { messageOf } from '../../../errors/api-error';
import { initialOrganization, organizationTree, type OrganizationItem, type OrganizationNode } from './org-tree';

/** The organization a page is about: chosen in a TreeSelect of the organizations in sight, kept in the address (?org=). */
export function useOrganizationChoice() {
  const [params, setParams] = useSearchParams();
  const [tree, setTree] = useState<OrganizationNode[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const asked = params.get('org');

  useEffect(() => {
    unwrap<OrganizationItem[]>(api.GET('/organizations')).then(
      (list) => setTree(organizationTree(list)),
      (error) => setProblem(messageOf(error)),
    );
  }, []);

  const organizationId = tree ? initialOrganization(tree, asked) : undefined;
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('org', id);
        return next;
      },
      { replace: true },
    );

  const picker = (
    <TreeSelect
      aria-label="选择组织"
      style={{ width: 320, maxWidth: '100%' }}
      treeData={tree ?? []}
      value={organizationId}
      onChange={choose}
      loading={!tree && !problem}
      placeholder="选择组织"
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
    />
  );
  const alert = problem ? <Alert type="error" showIcon message={`无法读取组织列表：${problem}`} /> : tree && tree.length === 0 ? <Alert type="info" showIcon message="您的范围内没有组织" /> : null;
  return { organizationId, picker, alert };
}
