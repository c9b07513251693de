import { defaultOrganization, organizationOptions } from './organization-options';

describe('the organization picker of the dashboard', () => {
  const list = [
    { id: 'mid', name: '市委', parentId: 'top' },
    { id: 'a', name: '甲区委', parentId: 'mid' },
    { id: 'b', name: '乙县委', parentId: 'mid' },
    { id: 'a1', name: '甲区某局', parentId: 'a' },
    { id: 'univ', name: '大学党委', parentId: null },
  ];

  it('builds trees from the tops of the scope (a parent out of sight starts a tree), in the API order', () => {
    expect(organizationOptions(list)).toEqual([
      {
        value: 'mid',
        title: '市委',
        children: [
          { value: 'a', title: '甲区委', children: [{ value: 'a1', title: '甲区某局', children: [] }] },
          { value: 'b', title: '乙县委', children: [] },
        ],
      },
      { value: 'univ', title: '大学党委', children: [] },
    ]);
    expect(organizationOptions([])).toEqual([]);
  });

  it('opens on the first supervised subtree, else the first administered, else the first top', () => {
    const options = organizationOptions(list);
    expect(defaultOrganization({ supervises: ['a'], administers: ['univ'] }, options)).toBe('a');
    expect(defaultOrganization({ supervises: [], administers: ['univ'] }, options)).toBe('univ');
    expect(defaultOrganization({ supervises: [], administers: [] }, options)).toBe('mid');
    expect(defaultOrganization({ supervises: [], administers: [] }, [])).toBeUndefined();
  });
});
