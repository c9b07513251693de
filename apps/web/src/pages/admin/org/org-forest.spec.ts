import { administeredRoots, findNode, flatten, pathTo, searchForest, subtreeIds, toForest, toOptions } from './org-forest';
import type { Organization, OrganizationTreeNode } from './org-views';

const org = (id: string, parentId: string | null, extra: Partial<Organization> = {}): Organization => ({
  id,
  name: `组织${id}`,
  code: null,
  parentId,
  stationedGroupId: null,
  dissolvedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
});

const tree = (id: string, children: OrganizationTreeNode[] = []): OrganizationTreeNode => ({ id, name: `组织${id}`, code: id === 'b' ? 'B-01' : null, positions: [], children });

// prov ─ city ─ a ─ a1
//            └─ b (dissolved)
// other (a second top-level tree)
const flat = [org('prov', null), org('city', 'prov'), org('a', 'city'), org('a1', 'a'), org('b', 'city', { dissolvedAt: '2026-06-01T00:00:00Z' }), org('other', null)];
const forest = toForest([tree('city', [tree('a', [tree('a1')]), tree('b')])], flat);

describe('administeredRoots: which trees the 组织树 draws', () => {
  it('the organizations the person administers', () => {
    expect(administeredRoots(['city'], flat, false)).toEqual(['city']);
  });

  it('a root inside another administered root is drawn there, not twice', () => {
    expect(administeredRoots(['a', 'city', 'other'], flat, false)).toEqual(['city', 'other']);
    expect(administeredRoots(['a1', 'prov'], flat, false)).toEqual(['prov']);
  });

  it('a system administrator administering nothing sees every top-level organization', () => {
    expect(administeredRoots([], flat, true)).toEqual(['prov', 'other']);
  });

  it('a system administrator who also administers an organization still gets only that (the API shows everything anyway)', () => {
    expect(administeredRoots(['city'], flat, true)).toEqual(['city']);
  });

  it('nobody administered and not a system administrator: nothing', () => {
    expect(administeredRoots([], flat, false)).toEqual([]);
  });

  it('an organization whose parent is out of sight counts as a top-level one', () => {
    expect(administeredRoots([], [org('x', 'unseen')], true)).toEqual(['x']);
  });

  it('survives a cycle in the data without looping', () => {
    expect(administeredRoots(['p', 'q'], [org('p', 'q'), org('q', 'p')], false)).toEqual([]);
  });
});

describe('toForest and the tree data', () => {
  it('joins the tree with the flat list: parents and dissolution', () => {
    expect(forest[0]).toMatchObject({ id: 'city', parentId: 'prov', dissolved: false });
    expect(findNode(forest, 'b')).toMatchObject({ parentId: 'city', dissolved: true, code: 'B-01' });
    expect(flatten(forest).map((node) => node.id)).toEqual(['city', 'a', 'a1', 'b']);
  });

  it('antd options: title, value and key; dissolved ones greyed out and marked', () => {
    const options = toOptions(forest);
    expect(options[0]).toMatchObject({ key: 'city', value: 'city', title: '组织city' });
    expect(options[0].disabled).toBeUndefined();
    expect(options[0].children[1]).toMatchObject({ key: 'b', title: '组织b（已撤销）', disabled: true });
  });

  it('a custom rule decides what is disabled (e.g. nothing in the 组织树 itself)', () => {
    const options = toOptions(forest, () => false);
    expect(flatten(forest).length).toBe(4);
    expect(options[0].children[1].disabled).toBeUndefined();
  });

  it('the path from the top, and a subtree\'s ids (a move there would make a cycle)', () => {
    expect(pathTo(forest, 'a1')).toEqual(['组织city', '组织a', '组织a1']);
    expect(pathTo(forest, 'nowhere')).toEqual([]);
    expect([...subtreeIds(findNode(forest, 'a')!)]).toEqual(['a', 'a1']);
  });

  it('findNode without an id is null', () => {
    expect(findNode(forest, undefined)).toBeNull();
    expect(findNode(forest, 'missing')).toBeNull();
  });
});

describe('searchForest', () => {
  it('finds by name or code, case-insensitively, and opens the ancestors', () => {
    expect(searchForest(forest, '组织a1')).toEqual({ matches: ['a1'], expand: ['city', 'a'] });
    expect(searchForest(forest, 'b-0')).toEqual({ matches: ['b'], expand: ['city'] });
  });

  it('blank text finds nothing and opens nothing', () => {
    expect(searchForest(forest, '  ')).toEqual({ matches: [], expand: [] });
  });
});
