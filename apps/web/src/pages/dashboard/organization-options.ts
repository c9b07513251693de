/** An organization as GET /organizations lists it (those in the person's scope). */
export interface ListedOrganization {
  id: string;
  name: string;
  parentId: string | null;
}

export interface OrganizationOption {
  value: string;
  title: string;
  children: OrganizationOption[];
}

/**
 * The organizations a person may look at, as a tree for the picker: the tops of their scope are the roots (an
 * organization whose parent they cannot see starts a tree of its own), children in the API's order.
 */
export function organizationOptions(list: readonly ListedOrganization[]): OrganizationOption[] {
  const ids = new Set(list.map((o) => o.id));
  const build = (parentId: string | null): OrganizationOption[] =>
    list.filter((o) => (parentId === null ? !o.parentId || !ids.has(o.parentId) : o.parentId === parentId)).map((o) => ({ value: o.id, title: o.name, children: build(o.id) }));
  return build(null);
}

/** Where the dashboard opens: the first subtree the person supervises, else administers, else the first top of their scope. */
export function defaultOrganization(me: { supervises: readonly string[]; administers: readonly string[] }, options: readonly OrganizationOption[]): string | undefined {
  return me.supervises[0] ?? me.administers[0] ?? options[0]?.value;
}
