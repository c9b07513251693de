/** The organizations a person may see (GET /organizations, in scope) as the tree a TreeSelect shows. */
export interface OrganizationItem {
  id: string;
  name: string;
  parentId: string | null;
  dissolvedAt?: string | null;
}

export interface OrganizationNode {
  value: string;
  title: string;
  children: OrganizationNode[];
}

/** Organizations whose parent is out of sight are roots; order is the list's (creation). Dissolved ones are left out. */
export function organizationTree(list: readonly OrganizationItem[]): OrganizationNode[] {
  const live = list.filter((o) => !o.dissolvedAt);
  const nodes = new Map(live.map((o) => [o.id, { value: o.id, title: o.name, children: [] as OrganizationNode[] }]));
  const roots: OrganizationNode[] = [];
  for (const o of live) {
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (parent) parent.children.push(nodes.get(o.id)!);
    else roots.push(nodes.get(o.id)!);
  }
  return roots;
}

/** The organization to open first: the one asked for when it is in sight, else the first root. */
export function initialOrganization(tree: readonly OrganizationNode[], asked: string | null): string | undefined {
  const seen = (nodes: readonly OrganizationNode[]): boolean => nodes.some((n) => n.value === asked || seen(n.children));
  if (asked && seen(tree)) return asked;
  return tree[0]?.value;
}
