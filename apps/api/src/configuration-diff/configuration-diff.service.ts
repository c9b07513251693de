import { effectiveConfiguration, RegimeId } from '@duban/domain';
import { loadConfigChain, subtreeIds } from '@duban/persistence';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { configChain } from '../configuration/chain';
import { checkOverride, withOverride, withPack } from '../configuration/override-rules';
import { ConfigurationOf } from '../preview/plan-subtree-year';
import { PreviewService } from '../preview/preview.service';
import { ConfigurationChangeDto, ConfigurationDiffDto } from './dto/configuration-diff.dto';
import { diffDuties } from './duty-diff';

/**
 * What a configuration change would do to an organization subtree's year, before it is saved: the year
 * planned (as the preview does) under the configuration in force and under the candidate one, compared
 * duty by duty. Reads only.
 */
@Injectable()
export class ConfigurationDiffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly previews: PreviewService,
  ) {}

  async diff(organizationId: string, dto: ConfigurationDiffDto) {
    const candidate = await this.candidate(organizationId, dto.change);
    const [before, after] = await Promise.all([this.previews.preview(organizationId, dto.year), this.previews.preview(organizationId, dto.year, candidate)]);
    const order = await subtreeIds(this.dataSource.manager, organizationId);
    const organizations = diffDuties(before.duties, after.duties, order);
    const total = (pick: (o: (typeof organizations)[number]) => unknown[]) => organizations.reduce((n, o) => n + pick(o).length, 0);
    return {
      year: dto.year,
      organizations,
      totals: { added: total((o) => o.added), removed: total((o) => o.removed), moved: total((o) => o.moved) },
    };
  }

  /** The candidate configuration, after the same checks as saving the change (400 naming the field). */
  private async candidate(organizationId: string, change: ConfigurationChangeDto): Promise<ConfigurationOf> {
    const chain = await configChain(this.dataSource.manager, organizationId);
    const amend =
      change.kind === 'pack'
        ? (links: typeof chain) => withPack(links, organizationId, (change.packId ?? null) as RegimeId | null)
        : (links: typeof chain) => withOverride(links, organizationId, change.templateId!, change.fields!);
    if (change.kind === 'override') checkOverride(chain, change.templateId!, change.fields!, 'change.');
    return async (manager, id) => effectiveConfiguration(amend(await loadConfigChain(manager, id)));
  }
}
