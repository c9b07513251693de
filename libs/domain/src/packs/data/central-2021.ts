// 《中共中央关于加强对“一把手”和领导班子监督的意见》的策略包数据。
// 内容是纯 JSON（可原样存为 .json）；类型为 unknown，由 packs.ts 在加载时用 validatePack 校验。
const pack: unknown = {
  "id": "central-2021",
  "version": "1.0.0",
  "title": "中共中央关于加强对“一把手”和领导班子监督的意见",
  "issuer": "中共中央",
  "issuedOn": "2021-03-27",
  "templates": [
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（三）条",
          "quote": "对下级新任职“一把手”应当开展任职谈话"
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
      "defaulted": "原文为“定期”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（三）条",
          "quote": "同下级“一把手”定期开展监督谈话，对存在苗头性、倾向性问题的进行批评教育，对存在轻微违纪问题的及时予以诫勉"
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（三）条",
          "quote": "上级“一把手”要将监督下级“一把手”情况作为每年述职的重点内容"
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（四）条",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（四）条",
          "quote": "对下级“一把手”落实责任不到位、问题比较突出的及时约谈"
        }
      ]
    },
    {
      "id": "discipline-org-talk",
      "title": "纪检监察机关负责人同下级“一把手”谈话",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关负责人",
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
      "defaulted": "原文只要求落实谈话制度，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（七）条",
          "quote": "落实纪检监察机关、组织部门负责人同下级“一把手”谈话制度，发现一般性问题及时向本人提出，发现严重违纪违法问题向同级党委主要负责人报告"
        }
      ]
    },
    {
      "id": "discipline-org-talk-by-organization",
      "title": "组织部门负责人同下级“一把手”谈话",
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
      "defaulted": "原文只要求落实谈话制度，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（七）条",
          "quote": "落实纪检监察机关、组织部门负责人同下级“一把手”谈话制度"
        }
      ]
    },
    {
      "id": "accountability-statement",
      "title": "述责述廉",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "下级“一把手”",
      "counterpartLabel": "上级党委常委会（党组）扩大会议",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（七）条",
          "quote": "开展下级“一把手”在上级党委常委会（党组）扩大会议上述责述廉、接受评议工作，述责述廉报告在一定范围内公开"
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
      "defaulted": "原文为“经常”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（八）条",
          "quote": "党委（党组）“一把手”要管好班子、带好队伍，经常开展谈心谈话"
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
      "defaulted": "原文未写明频次；民主生活会按党内规定每年召开，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（八）条",
          "quote": "坚持民主生活会和组织生活会制度，“一把手”要带头开展批评和自我批评"
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
      "defaulted": "原文未规定制定时间，默认每年一季度内（3 月底前）完成",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十一）条",
          "quote": "党委（党组）要制定落实全面从严治党主体责任年度计划，分解工作任务"
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
      "defaulted": "原文为“定期”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十一）条",
          "quote": "“一把手”要定期听取领导班子其他成员履行管党治党责任的情况汇报"
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十一）条",
          "quote": "纪委应当向同级党委领导班子其他成员通报其分管部门和单位领导干部遵守党章党规、廉洁自律等情况"
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十三）条",
          "quote": "党委（党组）要定期分析本地区本部门本单位政治生态状况"
        }
      ]
    },
    {
      "id": "domain-integrity-report",
      "title": "分领域党风廉政建设情况专题报告",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十三）条",
          "quote": "纪检监察应当加强对审批监管、工程建设、资源开发、金融信贷等领域党风廉政建设情况的分析，注重发现普遍性问题，形成专题报告"
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十四）条",
          "quote": "发现领导班子成员有苗头性、倾向性问题的，及时进行提醒"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm",
      "title": "参加下级单位领导班子民主生活会",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十八）条",
          "quote": "上级党组织领导班子成员有计划地参加下级单位领导班子民主生活会"
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
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（十八）条",
          "quote": "对下级党组织所辖地区、部门、单位发生重大问题的，督促下级领导班子及时召开专题民主生活会"
        }
      ]
    },
    {
      "id": "petition-analysis",
      "title": "信访举报分析研判",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关、组织部门",
      "counterpartLabel": "同级党委“一把手”",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（二十）条",
          "quote": "纪检监察机关、组织部门应当对信访举报情况定期开展分析研判"
        }
      ]
    },
    {
      "id": "leader-petition-analysis",
      "title": "涉及下级“一把手”和班子成员的信访举报专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关、组织部门",
      "counterpartLabel": "同级党委",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（二十）条",
          "quote": "对涉及下级“一把手”及领导班子其他成员的信访举报问题进行专题分析，对社会反映突出、群众评价较差的领导干部情况及时报告"
        }
      ]
    },
    {
      "id": "rectification-review",
      "title": "审核整改报告、督办重点问题",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）、纪检监察机关、组织部门",
      "counterpartLabel": "被反馈问题的党组织",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（二十一）条",
          "quote": "通过审核整改报告、督办重点问题等方式，压实主体责任，督促整改落实到位"
        }
      ]
    },
    {
      "id": "warning-education",
      "title": "以案开展警示教育",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）、纪检监察机关",
      "counterpartLabel": "无",
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
          "regime": "central-2021",
          "document": "《中共中央关于加强对“一把手”和领导班子监督的意见》",
          "clause": "第（二十一）条",
          "quote": "针对查处严重违纪违法案件暴露出的问题开展警示教育"
        }
      ]
    }
  ]
};

export default pack;
