import { ConfigLink, effectiveConfiguration, RegimeId, TemplateOverride, validateOverride } from '@duban/domain';
import { badRequest } from '../common/errors/duban.exception';

/**
 * The checks of an override of `templateId` by the first organization of the chain (PUT …/overrides and the
 * change preview): a pack is in force above it, the pack has the template, and each field may be overridden
 * with that value. Throws 400 naming the field (after `fieldPrefix`, where the change sits in the body).
 */
export function checkOverride(chain: readonly ConfigLink[], templateId: string, fields: Record<string, unknown>, fieldPrefix = ''): void {
  const inheritedConfig = effectiveConfiguration(withOverride(chain, chain[0].organizationId, templateId, {}));
  if (!inheritedConfig) throw badRequest(`${fieldPrefix}packId`, '该组织及其上级均未选择策略包，无可覆盖的义务：请先设置 packId');
  const inherited = inheritedConfig.obligations.find((o) => o.templateId === templateId);
  if (!inherited) {
    throw badRequest(`${fieldPrefix}templateId`, `策略包 ${inheritedConfig.pack.id} 中没有义务模板 ${templateId}（可选：${inheritedConfig.obligations.map((o) => o.templateId).join('、')}）`);
  }
  const problems = validateOverride(inherited, fields);
  if (problems.length > 0) throw badRequest(`${fieldPrefix}${problems[0].field}`, problems[0].reason);
}

/** A chain where `organizationId` overrides `templateId` with `fields` instead of its current override (none when empty, as a revoked one). */
export function withOverride(chain: readonly ConfigLink[], organizationId: string, templateId: string, fields: Record<string, unknown>): ConfigLink[] {
  return chain.map((link) => {
    if (link.organizationId !== organizationId) return link;
    const others = link.overrides.filter((o) => o.templateId !== templateId);
    if (Object.keys(fields).length === 0) return { ...link, overrides: others };
    return { ...link, overrides: [...others, { templateId, fields: fields as TemplateOverride['fields'], reason: '（待保存的覆盖，预览用）', overrideId: 'candidate', since: new Date().toISOString() }] };
  });
}

/** A chain where `organizationId` follows `packId` (null: as its parent). */
export function withPack(chain: readonly ConfigLink[], organizationId: string, packId: RegimeId | null): ConfigLink[] {
  return chain.map((link) => (link.organizationId === organizationId ? { ...link, settings: { ...link.settings, packId } } : link));
}
