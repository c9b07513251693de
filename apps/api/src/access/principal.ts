/**
 * Who is asking, as the permission model sees it: a person of the directory, and whether they are a
 * system administrator. Passwords, sessions or a future single sign-on (OIDC) only ever produce this.
 */
export interface Principal {
  personId: string;
  systemAdmin: boolean;
}

/** Where the principal stands in the organization tree, from the positions held and the grants given. */
export interface PrincipalScope {
  /** Organizations where the principal holds a position. */
  memberOf: ReadonlySet<string>;
  /** Roots of the subtrees the principal supervises (纪委书记, 组织部长, or a position marked supervising). */
  supervises: ReadonlySet<string>;
  /** Roots of the subtrees the principal administers. */
  administers: ReadonlySet<string>;
}
