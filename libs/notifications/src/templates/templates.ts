/** Chinese message templates (Handlebars). Every message names the duty, the counterpart, the due date and the clause. */
export const TEMPLATES = {
  acknowledgeRequest: {
    subject: '【请签收】{{title}}：{{counterpart}}，{{dueDate}}前完成',
    text: `{{recipientName}}同志：

您有一项新的监督职责，请点击以下链接在督办工作台签收：
{{dutyUrl}}{{rectificationLine}}

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
截止日期：{{dueDate}}
依据：{{citation}}

签收后不再发送本类提醒；截止前仍会按期提醒。

督办系统`,
  },
  reminder: {
    subject: '【督办提醒】{{title}}：{{counterpart}}，请于{{dueDate}}前完成',
    text: `{{recipientName}}同志：

您有一项监督职责尚未完成，请于 {{dueDate}} 前完成，并点击以下链接在督办工作台登记：
{{dutyUrl}}{{rectificationLine}}

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
截止日期：{{dueDate}}（距截止还有 {{daysLeft}} 天）
依据：{{citation}}

完成后请登记谈话日期、对象和情况说明，提醒即自动停止。

督办系统`,
  },
  overdueReminder: {
    subject: '【逾期催办】{{title}}：{{counterpart}}，已逾期{{overdueDays}}天',
    text: `{{recipientName}}同志：

您负责的以下监督职责已于 {{dueDate}} 到期，至今未完成（已逾期 {{overdueDays}} 天），请尽快完成，并点击以下链接在督办工作台登记：
{{dutyUrl}}{{rectificationLine}}

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
依据：{{citation}}

如确有困难，可在同一页面申请延期并说明理由。

督办系统`,
  },
  dueNotice: {
    subject: '【已到期】{{title}}：{{counterpart}}，截止日期{{dueDate}}已到',
    text: `{{recipientName}}同志：

您负责的以下监督职责已到截止日期（{{dueDate}}），系统中尚未登记完成，已同时告知本单位纪委书记：

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
依据：{{citation}}

请尽快完成，并点击以下链接在督办工作台登记；如确有困难，可在同一页面申请延期并说明理由：
{{dutyUrl}}{{rectificationLine}}

督办系统`,
  },
  overdue: {
    subject: '【逾期通报】{{organizationName}}{{responsibleName}}的“{{title}}”已逾期',
    text: `{{recipientName}}同志：

{{organizationName}}{{responsibleName}}同志负责的以下监督职责已于 {{dueDate}} 到期，尚未完成：

事项：{{title}}
对象：{{counterpart}}
依据：{{citation}}

请督促其尽快完成。如宽限期（至 {{proposeDate}}）届满仍未完成，系统将提议向上级报告。事项详情：
{{dutyUrl}}{{rectificationLine}}

督办系统`,
  },
  escalationProposed: {
    subject: '【升级待审批】{{organizationName}}“{{title}}”逾期未完成，拟向{{targetName}}报告',
    text: `{{recipientName}}同志：

{{organizationName}}{{responsibleName}}同志负责的“{{title}}”（对象：{{counterpart}}）已于 {{dueDate}} 到期，宽限期届满仍未完成。

系统提议将此情况报告{{targetName}}。请在 {{decidesBy}} 前点击以下链接在督办工作台决定：批准、驳回（须说明理由）或给予新的完成期限。逾期未决定的，将自动报告。
{{approvalUrl}}

依据：{{citation}}

督办系统`,
  },
  escalationWarning: {
    subject: '【预警】{{organizationName}}{{responsibleName}}“{{title}}”逾期未完成',
    text: `{{recipientName}}同志：

按照“一级抓一级”的要求，现将以下逾期未完成的监督职责报告如下（预警函 {{noticeNumber}} 见附件）：

责任单位：{{organizationName}}
责任人：{{responsibleName}}
事项：{{title}}
对象：{{counterpart}}
截止日期：{{dueDate}}
依据：{{citation}}
{{#if auto}}说明：监督部门在 {{decidesBy}} 前未作决定，系统已自动报告。{{else}}审批人：{{deciderName}}{{#if note}}（{{note}}）{{/if}}{{/if}}

请督促落实。事项详情：
{{dutyUrl}}{{rectificationLine}}

督办系统`,
  },
  reassigned: {
    subject: '【职责移交】{{title}}：{{counterpart}}，{{dueDate}}前完成',
    text: `{{recipientName}}同志：

因职务变动，以下监督职责自即日起由您负责：

事项：{{title}}
对象：{{counterpart}}
责任单位：{{organizationName}}
截止日期：{{dueDate}}
依据：{{citation}}

请按期完成，并点击以下链接在督办工作台登记：
{{dutyUrl}}{{rectificationLine}}

督办系统`,
  },
  extensionRequested: {
    subject: '【延期申请】{{organizationName}}{{responsibleName}}申请将“{{title}}”延至{{requestedDate}}',
    text: `{{recipientName}}同志：

{{organizationName}}{{responsibleName}}同志申请将以下监督职责的完成期限延至 {{requestedDate}}：

事项：{{title}}
对象：{{counterpart}}
原截止日期：{{dueDate}}
理由：{{reason}}
依据：{{citation}}

请点击以下链接在督办工作台同意或不同意：
{{approvalUrl}}

督办系统`,
  },
  extensionRefused: {
    subject: '【延期未获同意】“{{title}}”仍须于{{dueDate}}前完成',
    text: `{{recipientName}}同志：

您关于“{{title}}”（对象：{{counterpart}}）的延期申请未获同意{{#if reason}}（{{reason}}）{{/if}}，仍须于 {{dueDate}} 前完成。完成后请点击以下链接在督办工作台登记：
{{dutyUrl}}{{rectificationLine}}

依据：{{citation}}

督办系统`,
  },
  extensionGranted: {
    subject: '【延期通知】“{{title}}”完成期限调整为{{dueDate}}',
    text: `{{recipientName}}同志：

您负责的“{{title}}”（对象：{{counterpart}}）已逾期。经{{deciderName}}同意，完成期限调整为 {{dueDate}}{{#if reason}}（理由：{{reason}}）{{/if}}。

请按新期限完成，并点击以下链接在督办工作台登记：
{{dutyUrl}}{{rectificationLine}}

依据：{{citation}}

督办系统`,
  },
  completionReturned: {
    subject: '【完成情况被退回】“{{title}}”请于{{dueDate}}前重新办理',
    text: `{{recipientName}}同志：

您登记完成的“{{title}}”（对象：{{counterpart}}）经{{reviewerName}}审核，认为完成情况不符合要求，已退回重新办理。

退回理由：{{reason}}
新的截止日期：{{dueDate}}

请按要求重新办理，并点击以下链接在督办工作台重新登记完成：
{{dutyUrl}}{{rectificationLine}}

责任单位：{{organizationName}}
依据：{{citation}}

督办系统`,
  },
  reminderLetter: {
    subject: '【履责提醒函】{{organizationName}}巡察整改履责提醒（{{number}}）',
    text: `{{recipientName}}同志：

您已任{{organizationName}}“一把手”。该单位尚有 {{count}} 项巡察（审计、评议）反馈问题的整改事项未完成，作为整改第一责任人，请您接续履行整改责任：

{{#each items}}
{{this}}
{{/each}}

履责提醒函（{{number}}）见附件。

依据：{{citation}}

督办系统`,
  },
  rectificationNoticeProposal: {
    subject: '【请审批】拟对{{organizationName}}整改问题通报曝光：{{reasonLabel}}',
    text: `{{recipientName}}同志：

{{organizationName}}的整改事项{{reasonLabel}}，系统提请对其通报曝光，请审批：
{{rectificationUrl}}

问题：{{description}}
来源：{{sourceLabel}}
整改期限：{{deadline}}
情况：{{facts}}
依据：{{citation}}

批准后，通报将编号存档并发送至本单位设定的通报范围。

督办系统`,
  },
  rectificationNotice: {
    subject: '【整改通报】{{number}}：{{organizationName}}{{reasonLabel}}',
    text: `{{recipientName}}同志：

现将{{organizationName}}整改问题情况通报如下（{{number}}）：

问题：{{description}}
来源：{{sourceLabel}}
整改期限：{{deadline}}
情况：{{facts}}
批准：{{approvedBy}}（{{approvedOn}}）

请各单位引以为戒，举一反三，切实抓好问题整改。
详情：{{rectificationUrl}}

依据：{{citation}}

督办系统`,
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
