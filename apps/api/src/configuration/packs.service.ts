import { CADENCE_LABELS, findPack, formatCitations, POLICY_PACKS } from '@duban/domain';
import { Injectable } from '@nestjs/common';
import { notFound } from '../common/errors/duban.exception';

/** The policy packs: one per regulation, versioned, read-only. */
@Injectable()
export class PacksService {
  packs() {
    return POLICY_PACKS.map((p) => ({
      id: p.id,
      version: p.version,
      title: p.title,
      issuer: p.issuer,
      issuedOn: p.issuedOn,
      templates: p.templates.length,
      periodic: p.templates.filter((t) => t.cadence !== 'event').length,
      eventDriven: p.templates.filter((t) => t.cadence === 'event').length,
    }));
  }

  pack(id: string) {
    const pack = findPack(id);
    if (!pack) throw notFound('策略包', id);
    return {
      ...pack,
      templates: pack.templates.map((t) => ({ ...t, cadenceLabel: CADENCE_LABELS[t.cadence], citationText: formatCitations(t.citations) })),
    };
  }
}
