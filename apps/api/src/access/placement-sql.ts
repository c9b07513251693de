/**
 * Where a person stands in the organization tree, as SQL over a person id expression. One definition for the
 * record check (ResourceResolver) and for the list filters (scope-sql), so that the two never disagree.
 */

/** Organizations where the person is placed: current and past positions, administrator grants, and where they were registered. */
export const PLACEMENTS = (person: string) => `(
    SELECT pl_p.organization_id FROM positions pl_p WHERE pl_p.holder_id = ${person}
    UNION SELECT pl_hp.organization_id FROM position_holdings pl_h JOIN positions pl_hp ON pl_hp.id = pl_h.position_id WHERE pl_h.person_id = ${person}
    UNION SELECT pl_g.organization_id FROM organization_administrators pl_g WHERE pl_g.person_id = ${person}
    UNION SELECT pl_x.home_organization_id FROM people pl_x WHERE pl_x.id = ${person} AND pl_x.home_organization_id IS NOT NULL
  )`;

/** Organizations where the person has rights now: the positions they hold and the subtrees they administer. */
export const RIGHTS = (person: string) => `(
    SELECT rt_p.organization_id FROM positions rt_p WHERE rt_p.holder_id = ${person}
    UNION SELECT rt_g.organization_id FROM organization_administrators rt_g WHERE rt_g.person_id = ${person}
  )`;
