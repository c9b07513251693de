import type { Organization, OrganizationTreeNode } from './org-views';

/** One organization of the administered forest, as the tree, the TreeSelects and the detail panel use it. */
export interface OrgNode {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  dissolved: boolean;
  positions: OrganizationTreeNode['positions'];
  children: OrgNode[];
}

/** The data antd's Tree and TreeSelect take (`title`/`value`/`key`), dissolved organizations marked. */
export interface OrgOption {
  key: string;
  value: string;
  title: string;
  disabled?: boolean;
  children: OrgOption[];
}

/**
 * The roots to draw: the organizations the person administers (GET /auth/me `administers`), or for a system
 * administrator with none, every top-level organization; a root inside another root's subtree is drawn there only.
 */
export function administeredRoots(administers: readonly string[], organizations: readonly Organization[], systemAdmin: boolean): string[] {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const candidates = administers.length > 0 || !systemAdmin ? [...administers] : organizations.filter((o) => !o.parentId || !byId.has(o.parentId)).map((o) => o.id);
  const chosen = new Set(candidates);
  const insideAnother = (id: string) => {
    const seen = new Set<string>([id]);
    for (let parent = byId.get(id)?.parentId; parent && !seen.has(parent); parent = byId.get(parent)?.parentId) {
      if (chosen.has(parent)) return true;
      seen.add(parent);
    }
    return false;
  };
  return [...new Set(candidates)].filter((id) => !insideAnother(id));
}

/** The trees the API answered, joined with the flat list (parent, dissolution), children in the API's order. */
export function toForest(trees: readonly OrganizationTreeNode[], organizations: readonly Organization[]): OrgNode[] {
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const convert = (node: OrganizationTreeNode): OrgNode => {
    const flat = byId.get(node.id);
    return {
      id: node.id,
      name: node.name,
      code: node.code,
      parentId: flat?.parentId ?? null,
      dissolved: !!flat?.dissolvedAt,
      positions: node.positions,
      children: node.children.map(convert),
    };
  };
  return trees.map(convert);
}

export function orgLabel(node: Pick<OrgNode, 'name' | 'dissolved'>): string {
  return node.dissolved ? `${node.name}（已撤销）` : node.name;
}

/** Tree/TreeSelect data; `disable` greys out the organizations that cannot be picked (dissolved ones by default). */
export function toOptions(forest: readonly OrgNode[], disable: (node: OrgNode) => boolean = (node) => node.dissolved): OrgOption[] {
  return forest.map((node) => ({
    key: node.id,
    value: node.id,
    title: orgLabel(node),
    ...(disable(node) ? { disabled: true } : {}),
    children: toOptions(node.children, disable),
  }));
}

/** Every node of the forest, depth first. */
export function flatten(forest: readonly OrgNode[]): OrgNode[] {
  return forest.flatMap((node) => [node, ...flatten(node.children)]);
}

export function findNode(forest: readonly OrgNode[], id: string | null | undefined): OrgNode | null {
  if (!id) return null;
  return flatten(forest).find((node) => node.id === id) ?? null;
}

/** The names from the top of the forest down to the organization: 省委 / 市委 / 某局. */
export function pathTo(forest: readonly OrgNode[], id: string): string[] {
  for (const node of forest) {
    if (node.id === id) return [node.name];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node.name, ...below];
  }
  return [];
}

/** Ids of the organization and all below it (a move there would make a cycle: the API refuses it). */
export function subtreeIds(node: OrgNode): Set<string> {
  return new Set(flatten([node]).map((n) => n.id));
}

/** Organizations whose name or code contains the text, and the ancestors to expand to show them. */
export function searchForest(forest: readonly OrgNode[], text: string): { matches: string[]; expand: string[] } {
  const needle = text.trim().toLowerCase();
  if (!needle) return { matches: [], expand: [] };
  const matches: string[] = [];
  const expand = new Set<string>();
  const walk = (nodes: readonly OrgNode[], ancestors: string[]) => {
    for (const node of nodes) {
      if (node.name.toLowerCase().includes(needle) || (node.code ?? '').toLowerCase().includes(needle)) {
        matches.push(node.id);
        ancestors.forEach((id) => expand.add(id));
      }
      walk(node.children, [...ancestors, node.id]);
    }
  };
  walk(forest, []);
  return { matches, expand: [...expand] };
}
