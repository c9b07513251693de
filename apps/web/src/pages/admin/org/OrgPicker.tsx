import { TreeSelect, type TreeSelectProps } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { toOptions, type OrgNode } from './org-forest';

/** Picks one organization of the administered forest (dissolved ones greyed out unless `allowDissolved`). */
export function OrgPicker({ forest, allowDissolved, ...rest }: Omit<TreeSelectProps<string>, 'treeData'> & { forest: readonly OrgNode[]; allowDissolved?: boolean }) {
  return (
    <TreeSelect<string>
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      placeholder="选择组织"
      style={{ minWidth: 280 }}
      popupMatchSelectWidth={false}
      treeData={toOptions(forest, allowDissolved ? () => false : undefined)}
      {...rest}
    />
  );
}

/** The organization a page works on, kept in the address (?org=…) so a reload or a shared link keeps it. */
export function useSelectedOrg(): [string | undefined, (id: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const selected = params.get('org') ?? undefined;
  const select = (id: string | undefined) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id) next.set('org', id);
        else next.delete('org');
        return next;
      },
      { replace: true },
    );
  return [selected, select];
}
