/** Chinese message templates (Handlebars). Every message names the duty, the counterpart, the due date and the clause. */
export const TEMPLATES = {
  reminder: {
    subject: '【督办提醒】{{title}}：{{counterpart}}，请于{{dueDate}}前完成',
    text: `{{recipientName}}同志：

您有一项监督职责尚未完成，请于 {{dueDate}} 前完成并在督办系统中登记。

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
截止日期：{{dueDate}}（距截止还有 {{daysLeft}} 天）
依据：{{citation}}

完成后请登记谈话日期、对象和情况说明，提醒即自动停止。

督办系统`,
  },
  overdue: {
    subject: '【逾期通报】{{organizationName}}{{responsibleName}}的“{{title}}”已逾期',
    text: `{{recipientName}}同志：

{{organizationName}}{{responsibleName}}同志负责的以下监督职责已于 {{dueDate}} 到期，尚未完成：

事项：{{title}}
对象：{{counterpart}}
依据：{{citation}}

请督促其尽快完成。如宽限期（至 {{proposeDate}}）届满仍未完成，系统将提议向上级报告。

督办系统`,
  },
  escalationProposed: {
    subject: '【升级待审批】{{organizationName}}“{{title}}”逾期未完成，拟向{{targetName}}报告',
    text: `{{recipientName}}同志：

{{organizationName}}{{responsibleName}}同志负责的“{{title}}”（对象：{{counterpart}}）已于 {{dueDate}} 到期，宽限期届满仍未完成。

系统提议将此情况报告{{targetName}}。请在 {{decidesBy}} 前于督办系统中决定：批准、驳回（须说明理由）或给予新的完成期限。逾期未决定的，将自动报告。

依据：{{citation}}

督办系统`,
  },
  escalationWarning: {
    subject: '【预警】{{organizationName}}{{responsibleName}}“{{title}}”逾期未完成',
    text: `{{recipientName}}同志：

按照“一级抓一级”的要求，现将以下逾期未完成的监督职责报告如下：

责任单位：{{organizationName}}
责任人：{{responsibleName}}
事项：{{title}}
对象：{{counterpart}}
截止日期：{{dueDate}}
依据：{{citation}}
{{#if auto}}说明：监督部门在 {{decidesBy}} 前未作决定，系统已自动报告。{{else}}审批人：{{deciderName}}{{#if note}}（{{note}}）{{/if}}{{/if}}

请督促落实。

督办系统`,
  },
  extensionGranted: {
    subject: '【延期通知】“{{title}}”完成期限调整为{{dueDate}}',
    text: `{{recipientName}}同志：

您负责的“{{title}}”（对象：{{counterpart}}）已逾期。经{{deciderName}}同意，完成期限调整为 {{dueDate}}{{#if reason}}（理由：{{reason}}）{{/if}}。

请按新期限完成并在督办系统中登记。

依据：{{citation}}

督办系统`,
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
