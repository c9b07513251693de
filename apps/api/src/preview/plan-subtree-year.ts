import { EffectiveConfiguration, planOrganizationYear, PlannedDuty, WorkdayCalendar } from '@duban/domain';
import { loadEffectiveConfiguration, loadStaffedOrg, subtreeIds } from '@duban/persistence';
import { EntityManager } from 'typeorm';
import type { PreviewOrganization } from './preview.types';

/** The configuration to plan an organization with: the one in force, or a candidate (see configuration-diff). */
export type ConfigurationOf = (manager: EntityManager, organizationId: string) => Promise<EffectiveConfiguration | null>;

/** What the database says is in force. */
export const configurationInForce: ConfigurationOf = loadEffectiveConfiguration;

export interface SubtreeYearPlan {
  organizations: PreviewOrganization[];
  withoutPack: { id: string; name: string }[];
  planned: PlannedDuty[];
  skipped: { organizationId: string; reason: string }[];
  /** Obligation titles by `pack:template`. */
  titles: Map<string, string>;
}

/**
 * The one planning of a subtree's year: each organization (parents first) with the configuration
 * `configurationOf` gives it, through the same planner the cycles use. Reads only.
 */
export async function planSubtreeYear(
  manager: EntityManager,
  rootId: string,
  year: number,
  options: { zone: string; calendar: WorkdayCalendar; configurationOf?: ConfigurationOf },
): Promise<SubtreeYearPlan> {
  const configurationOf = options.configurationOf ?? configurationInForce;
  const result: SubtreeYearPlan = { organizations: [], withoutPack: [], planned: [], skipped: [], titles: new Map() };
  for (const id of await subtreeIds(manager, rootId)) {
    const [config, staffed] = await Promise.all([configurationOf(manager, id), loadStaffedOrg(manager, id)]);
    if (!staffed) continue;
    if (!config) {
      result.withoutPack.push({ id, name: staffed.name });
      continue;
    }
    for (const o of config.obligations) result.titles.set(`${config.pack.id}:${o.templateId}`, o.template.title);
    const plan = planOrganizationYear(config, staffed, year, { zone: options.zone, calendar: options.calendar });
    result.planned.push(...plan.duties);
    result.skipped.push(...plan.skipped);
    result.organizations.push({
      id,
      name: staffed.name,
      packId: config.pack.id,
      packTitle: config.pack.title,
      packSource: config.packSource,
      dueDateMode: config.dueDateMode.value,
      duties: plan.duties.length,
    });
  }
  return result;
}
