import Handlebars from 'handlebars';
import { TemplateName, TEMPLATES } from './templates';

const engine = Handlebars.create();
// Plain-text email: nothing to HTML-escape.
const compiled = Object.fromEntries(
  Object.entries(TEMPLATES).map(([name, t]) => [
    name,
    { subject: engine.compile(t.subject, { noEscape: true, strict: true }), text: engine.compile(t.text, { noEscape: true, strict: true }) },
  ]),
) as Record<TemplateName, { subject: Handlebars.TemplateDelegate; text: Handlebars.TemplateDelegate }>;

export interface RenderedMessage {
  subject: string;
  text: string;
}

/** Fields every message may carry, empty unless the caller sets them (strict mode refuses a missing one). */
const OPTIONAL_FIELDS = {
  /** A milestone duty of a rectification: a second link, to the rectification (`\n整改事项：<url>`). */
  rectificationLine: '',
};

/** Renders a template; a missing variable throws (strict mode) instead of sending a message with a hole. */
export function renderMessage(name: TemplateName, data: Record<string, unknown>): RenderedMessage {
  const template = compiled[name];
  const all = { ...OPTIONAL_FIELDS, ...data };
  return { subject: template.subject(all).replace(/\s+/g, ' ').trim(), text: template.text(all) };
}
