// 《安徽省关于加强对“一把手”和领导班子监督的若干措施》的策略包数据。
// 内容是纯 JSON（可原样存为 .json）；类型为 unknown，由 packs.ts 在加载时用 validatePack 校验。
const pack: unknown = {
  "id": "anhui-2022",
  "version": "1.0.0",
  "title": "安徽省关于加强对“一把手”和领导班子监督的若干措施",
  "issuer": "中共安徽省委办公厅",
  "issuedOn": "2022-05-02",
  "templates": [
    {
      "id": "discipline-org-talk",
      "title": "纪检机关负责人同下级“一把手”谈心谈话",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关负责人",
      "counterpartLabel": "每位下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文为“每年有计划地”，未规定次数，默认每年至少 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二）条",
          "quote": "纪检机关、组织部门负责人应当每年有计划地同下级“一把手”开展谈心谈话"
        }
      ]
    },
    {
      "id": "discipline-org-talk-by-organization",
      "title": "组织部门负责人同下级“一把手”谈心谈话",
      "kind": "talk",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部门负责人",
      "counterpartLabel": "每位下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文为“每年有计划地”，未规定次数，默认每年至少 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二）条",
          "quote": "纪检机关、组织部门负责人应当每年有计划地同下级“一把手”开展谈心谈话"
        }
      ]
    },
    {
      "id": "superior-duty-report",
      "title": "述职中报告监督下级“一把手”情况",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "上级“一把手”",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（三）条",
          "quote": "上级“一把手”要将监督下级“一把手”情况作为每年述职的重点内容"
        }
      ]
    },
    {
      "id": "appointment-talk",
      "title": "任职谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "上级“一把手”",
      "counterpartLabel": "新任职的下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "appointment",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文未规定时限，默认任职后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（三）条",
          "quote": "上级“一把手”对下级新任职“一把手”应当开展任职谈话"
        }
      ]
    },
    {
      "id": "supervision-talk",
      "title": "监督谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "上级“一把手”",
      "counterpartLabel": "每位下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（三）条",
          "quote": "同下级“一把手”每年至少开展1次监督谈话"
        }
      ]
    },
    {
      "id": "special-admonition",
      "title": "专题约谈",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "上级“一把手”",
      "counterpartLabel": "发生失职失责问题或所在单位出现重大事故事件、严重违纪违法案件的下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P15D"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 15 日内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（三）条",
          "quote": "在下级“一把手”发生失职失责问题，所在地区、部门、单位出现重大事故事件或严重违纪违法案件等情形时，进行专题约谈，督促抓好整改"
        }
      ]
    },
    {
      "id": "responsibility-inspection",
      "title": "全面从严治党责任制度执行情况监督检查",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定频次，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（五）条",
          "quote": "党委（党组）要加强对全面从严治党责任制度执行情况的监督检查"
        }
      ]
    },
    {
      "id": "responsibility-admonition",
      "title": "责任落实不到位约谈",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "落实责任不到位、问题比较突出的下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P15D"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 15 日内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（五）条",
          "quote": "对下级“一把手”落实责任不到位、问题比较突出的及时约谈"
        }
      ]
    },
    {
      "id": "accountability-statement",
      "title": "书面述责述廉",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "下级“一把手”",
      "counterpartLabel": "上级党委（党组）",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文要求书面述责述廉全覆盖，未写明频次；按同条“每年安排”现场述责述廉，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（九）条",
          "quote": "在“一把手”书面述责述廉全覆盖基础上"
        },
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（九）条",
          "quote": "述责述廉报告应当载入廉政档案，在一定范围内公开"
        }
      ]
    },
    {
      "id": "live-statement-rotation",
      "title": "下级“一把手”现场述责述廉（任期内全覆盖）",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "每位下级“一把手”（一届任期内至少 1 次）",
      "fanOut": "each_subordinate_principal",
      "cadence": "per_term",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（九）条",
          "quote": "党委（党组）每年安排一定比例的下级“一把手”在上级党委常委会（党组）扩大会议上述责述廉、接受评议，一届任期内应做到全覆盖"
        }
      ]
    },
    {
      "id": "statement-spot-check",
      "title": "述责述廉抽查核实",
      "kind": "sampling",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "按人数 10% 抽取的述责述廉“一把手”",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（九）条",
          "quote": "党委（党组）每年按照人数10%的比例对述责述廉内容真实性及问题整改情况进行抽查核实"
        }
      ]
    },
    {
      "id": "team-talk",
      "title": "同班子成员谈心谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）“一把手”",
      "counterpartLabel": "领导班子其他每位成员",
      "fanOut": "each_member",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十一）条",
          "quote": "经常与领导班子其他成员开展谈心谈话、每年至少1次"
        }
      ]
    },
    {
      "id": "democratic-life-meeting",
      "title": "民主生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "领导班子（“一把手”带头）",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十二）条",
          "quote": "严格执行民主生活会和组织生活会制度，“一把手”带头开展批评和自我批评"
        },
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十九）条",
          "quote": "以后每年在领导班子民主生活会上进行公开"
        }
      ]
    },
    {
      "id": "work-division-filing",
      "title": "领导班子成员分工报备",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "上级党委",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "division_change",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十三）条",
          "quote": "领导班子成员分工按规定向上级党委报备"
        }
      ]
    },
    {
      "id": "annual-plan",
      "title": "全面从严治党主体责任年度计划",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "months_into_period",
        "months": 3
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十四）条",
          "quote": "每年一季度，党委（党组）应当结合本地本部门本单位实际，制定落实全面从严治党主体责任年度计划，明确领导班子成员责任分工"
        }
      ]
    },
    {
      "id": "member-duty-report",
      "title": "听取班子成员履行管党治党责任情况汇报",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "“一把手”",
      "counterpartLabel": "领导班子其他每位成员",
      "fanOut": "each_member",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十四）条",
          "quote": "“一把手”应当定期听取领导班子其他成员履行管党治党责任的情况汇报、每年至少1次"
        }
      ]
    },
    {
      "id": "unit-head-report",
      "title": "召集分管部门和单位负责同志研究全面从严治党任务",
      "kind": "meeting",
      "responsibleRole": "member",
      "responsibleLabel": "领导班子其他成员",
      "counterpartLabel": "分管部门和单位主要负责同志",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“定期”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十四）条",
          "quote": "领导班子其他成员应当定期召集分管部门和单位主要负责同志研究全面从严治党重点任务，听取情况汇报，开展督促检查和专题谈话"
        }
      ]
    },
    {
      "id": "notification-to-members",
      "title": "向班子成员通报分管范围领导干部情况",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪委",
      "counterpartLabel": "同级党委领导班子其他每位成员",
      "fanOut": "each_member",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定频次，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十四）条",
          "quote": "纪委应当采取适当方式向同级党委领导班子其他成员通报其分管部门和单位领导干部遵守党章党规、廉洁自律等情况"
        }
      ]
    },
    {
      "id": "political-ecology",
      "title": "政治生态分析研判",
      "kind": "analysis",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“定期”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十六）条",
          "quote": "党委（党组）要定期分析研判本地本部门本单位政治生态状况"
        }
      ]
    },
    {
      "id": "domain-integrity-report",
      "title": "分领域党风廉政建设情况专题报告",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关",
      "counterpartLabel": "同级党委领导班子",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定频次，默认每年 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十六）条",
          "quote": "加强对审批监管、工程建设、资源开发、金融信贷等领域党风廉政建设情况的分析，注重发现普遍性问题，形成专题报告"
        }
      ]
    },
    {
      "id": "discipline-reminder-talk",
      "title": "纪委书记谈话提醒",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪委书记",
      "counterpartLabel": "有苗头性、倾向性问题的领导班子成员",
      "fanOut": "each_member",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P15D"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 15 日内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "发现领导班子成员有苗头性、倾向性问题的，及时进行提醒"
        }
      ]
    },
    {
      "id": "discipline-work-report",
      "title": "向上级纪委报告工作",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "下级纪委",
      "counterpartLabel": "上级纪委",
      "fanOut": "none",
      "cadence": "half_yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "下级纪委每半年向上级纪委报告工作"
        }
      ]
    },
    {
      "id": "discipline-duty-report",
      "title": "向上级纪委述职（报告是否发现同级党委问题）",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "下级纪委",
      "counterpartLabel": "上级纪委",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "每年向上级纪委进行述职时，应当报告是否发现同级党委及其领导班子成员的问题"
        }
      ]
    },
    {
      "id": "case-analysis-report",
      "title": "违纪违法问题分析专题报告",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关",
      "counterpartLabel": "同级党委“一把手”",
      "fanOut": "none",
      "cadence": "half_yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十八）条",
          "quote": "纪检机关每半年应当对查办的下级“一把手”和领导班子其他成员违纪违法问题开展深入分析，并向同级党委“一把手”专题报告"
        }
      ]
    },
    {
      "id": "personal-matters-first-disclosure",
      "title": "新任职“一把手”个人有关事项公开",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "新任职“一把手”",
      "counterpartLabel": "第一次党委常委会（党组）会议",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "appointment",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“到任后第一次党委常委会（党组）会议”，会议日期不定，默认到任后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十九）条",
          "quote": "新任职“一把手”到任（包括新一届班子换届）后，要在第一次党委常委会（党组）会议上对个人有关事项进行公开"
        }
      ]
    },
    {
      "id": "personal-matters",
      "title": "“一把手”个人有关事项在民主生活会上公开",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "“一把手”",
      "counterpartLabel": "领导班子",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十九）条",
          "quote": "以后每年在领导班子民主生活会上进行公开"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm",
      "title": "有计划地参加下级单位领导班子民主生活会",
      "kind": "meeting",
      "responsibleRole": "member",
      "responsibleLabel": "上级党组织领导班子成员",
      "counterpartLabel": "按计划选定的下级单位领导班子民主生活会",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“有计划地”，未规定次数，默认每年至少 1 次",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十一）条",
          "quote": "上级党组织领导班子成员要有计划地参加下级单位领导班子民主生活会"
        }
      ]
    },
    {
      "id": "urge-special-dlm",
      "title": "督促下级召开专题民主生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "发生重大问题的下级党组织",
      "fanOut": "each_subordinate_committee",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十一）条",
          "quote": "对下级党组织所辖地区、部门、单位发生重大问题以及领导班子成员发生严重违纪违法案件的，要督促下级领导班子召开专题民主生活会"
        }
      ]
    },
    {
      "id": "key-assessment",
      "title": "重点考核",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "根据工作需要选定的部分“一把手”和领导班子",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十二）条",
          "quote": "每年根据工作需要选定部分“一把手”和领导班子进行重点考核"
        }
      ]
    },
    {
      "id": "petition-analysis",
      "title": "信访举报分析研判",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关、组织部门",
      "counterpartLabel": "信访举报比较集中的地方、部门、单位党组织",
      "fanOut": "none",
      "cadence": "half_yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十三）条",
          "quote": "每半年对信访举报情况开展分析研判，对反映的问题提出有针对性的处置意见"
        }
      ]
    },
    {
      "id": "leader-petition-analysis",
      "title": "涉及下级“一把手”和班子成员的信访举报专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关、组织部门",
      "counterpartLabel": "同级党委“一把手”",
      "fanOut": "none",
      "cadence": "half_yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "end_of_period"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": null,
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十三）条",
          "quote": "纪检机关、组织部门应当每半年对涉及下级“一把手”及领导班子其他成员的信访举报问题进行专题分析"
        }
      ]
    },
    {
      "id": "rectification-review",
      "title": "审核整改报告、督办重点问题",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）、纪检监察机关、组织部门",
      "counterpartLabel": "被巡视巡察、专项督查的党组织",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "inspection_feedback",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十四）条",
          "quote": "加强对巡视巡察、专项督查等发现问题整改情况的监督检查，严格审核整改报告，跟踪督办重点问题"
        }
      ]
    },
    {
      "id": "rectification-admonition",
      "title": "整改不到位约谈",
      "kind": "talk",
      "responsibleRole": "member",
      "responsibleLabel": "上级党组织分管领导",
      "counterpartLabel": "问题较为突出和整改不到位的党组织“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P15D"
      },
      "evidence": [
        "heldOn",
        "counterpart",
        "note"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 15 日内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十四）条",
          "quote": "对问题较为突出和整改不到位的党组织，由上级党组织分管领导对其“一把手”进行约谈"
        }
      ]
    },
    {
      "id": "warning-education",
      "title": "同级同类干部警示教育",
      "kind": "meeting",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关",
      "counterpartLabel": "案发地方和单位",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "incident",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "anhui-2022",
          "document": "《安徽省关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十五）条",
          "quote": "针对严重违纪违法案件暴露出的问题，督促案发地方和单位做实同级同类干部警示教育"
        }
      ]
    }
  ]
};

export default pack;
