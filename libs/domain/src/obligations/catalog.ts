import { ObligationTemplate } from './obligation-template';
import { SUPERVISION_TALK } from './supervision-talk';

const TEMPLATES: ReadonlyMap<string, ObligationTemplate> = new Map([[SUPERVISION_TALK.id, SUPERVISION_TALK]]);

export function findObligationTemplate(id: string): ObligationTemplate | undefined {
  return TEMPLATES.get(id);
}

export function listObligationTemplates(): ObligationTemplate[] {
  return [...TEMPLATES.values()];
}
