import type { Role, Roles } from './roles';

/** One page of an area, as the area's route file declares it. `element` is whatever the router renders. */
export interface AreaPage<E = unknown> {
  /** Relative to /console, without the leading slash: `my-duties`, `duties/:id`. */
  path: string;
  element: E;
  /** Shown in the menu (pages reached by a link only, such as a duty's page, have none). */
  menu?: { name: string; icon?: E };
  /** Who sees the menu entry: anyone holding one of these roles. */
  roles: readonly Role[];
}

export interface Area<E = unknown> {
  key: string;
  pages: readonly AreaPage<E>[];
}

export interface MenuEntry<E = unknown> {
  path: string;
  name: string;
  icon?: E;
}

const allowed = (page: AreaPage<unknown>, roles: Roles) => page.roles.some((role) => roles[role]);

/** The menu for a person: the entries their roles allow, in the order of the areas and of their pages. */
export function menuFor<E>(areas: readonly Area<E>[], roles: Roles): MenuEntry<E>[] {
  return areas
    .flatMap((area) => area.pages)
    .filter((page) => page.menu && allowed(page, roles))
    .map((page) => ({ path: `/${page.path}`, name: page.menu!.name, icon: page.menu!.icon }));
}

/** Where `/console/` lands a person: their first menu entry, or the welcome page when they have none. */
export function homePathFor(areas: readonly Area<unknown>[], roles: Roles): string {
  return menuFor(areas, roles)[0]?.path ?? '/welcome';
}
