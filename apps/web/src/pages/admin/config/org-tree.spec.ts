import { initialOrganization, organizationTree } from './org-tree';

describe('organization tree', () => {
  const list = [
    { id: 'city', name: '市委', parentId: 'province' },
    { id: 'district', name: '区委', parentId: 'city' },
    { id: 'gone', name: '已撤销', parentId: 'city', dissolvedAt: '2026-01-01T00:00:00Z' },
    { id: 'school', name: '学校党委', parentId: null },
  ];

  it('hangs each organization under its parent; those whose parent is out of sight are roots', () => {
    expect(organizationTree(list)).toEqual([
      { value: 'city', title: '市委', children: [{ value: 'district', title: '区委', children: [] }] },
      { value: 'school', title: '学校党委', children: [] },
    ]);
  });

  it('opens the organization asked for when in sight, else the first', () => {
    const tree = organizationTree(list);
    expect(initialOrganization(tree, 'district')).toBe('district');
    expect(initialOrganization(tree, 'elsewhere')).toBe('city');
    expect(initialOrganization([], null)).toBeUndefined();
  });
});
