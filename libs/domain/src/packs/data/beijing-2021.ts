// 《北京市关于加强对“一把手”和领导班子监督的若干措施》的策略包数据。
// 内容是纯 JSON（可原样存为 .json）；类型为 unknown，由 packs.ts 在加载时用 validatePack 校验。
const pack: unknown = {
  "id": "beijing-2021",
  "version": "1.0.0",
  "title": "北京市关于加强对“一把手”和领导班子监督的若干措施",
  "issuer": "中共北京市委",
  "issuedOn": "2021-07-01",
  "templates": [
    {
      "id": "responsibility-inspection",
      "title": "督查下级“一把手”责任落实情况",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "每位下级“一把手”",
      "fanOut": "each_subordinate_principal",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（五）条",
          "quote": "党委（党组）要带头落实监督责任，定期督查下级党组织“一把手”责任落实情况"
        },
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（七）条",
          "quote": "党委（党组）要加强对全面从严治党责任制度执行情况的监督检查"
        }
      ]
    },
    {
      "id": "work-review-meeting",
      "title": "“一把手”月度工作点评会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "区局级单位党委（党组）",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "monthly",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（六）条",
          "quote": "坚持和完善区局级单位党委（党组）“一把手”工作点评会制度，加大落实和推广力度"
        },
        {
          "regime": "beijing-2021",
          "document": "《对“一把手”制定更严格的管理制度——市纪委监委有关负责人就〈北京市关于加强对“一把手”和领导班子监督的若干措施〉答记者问》",
          "clause": "答记者问第三问",
          "quote": "继续坚持和完善区局级单位党委（党组）“一把手”月度工作点评会制度"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（六）条",
          "quote": "实行上级“一把手”对下级新任职“一把手”任职谈话全覆盖"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（六）条",
          "quote": "健全上级“一把手”同下级“一把手”定期开展监督谈话机制"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（六）条",
          "quote": "上级“一把手”要将监督下级“一把手”情况作为每年述职的重点内容"
        }
      ]
    },
    {
      "id": "annual-plan",
      "title": "年度任务细化分解并备案责任清单",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）“一把手”",
      "counterpartLabel": "上级党委（备案）",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（七）条",
          "quote": "由“一把手”亲自推进年度任务细化分解并按照要求备案责任清单"
        }
      ]
    },
    {
      "id": "responsibility-admonition",
      "title": "责任落实不到位约谈",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "履行责任不到位、问题比较突出的下级“一把手”",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（七）条",
          "quote": "对下级“一把手”履行责任不到位、问题比较突出的及时进行约谈"
        }
      ]
    },
    {
      "id": "case-admonition",
      "title": "约谈严重违纪违法干部所在单位“一把手”",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关",
      "counterpartLabel": "严重违纪违法党员干部所在单位党委（党组）“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "incident",
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
      "defaulted": "原文未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（七）条",
          "quote": "纪检监察机关应当约谈严重违纪违法党员干部所在单位党委（党组）“一把手”，督促其落实责任、限期整改"
        }
      ]
    },
    {
      "id": "attend-subordinate-meeting",
      "title": "列席下级党委常委会（党组）会议",
      "kind": "meeting",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关",
      "counterpartLabel": "每个下级党委（党组）",
      "fanOut": "each_subordinate_committee",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（八）条",
          "quote": "纪检监察机关、组织部门应当每年至少列席1次下级党委常委会（党组）会议"
        }
      ]
    },
    {
      "id": "attend-subordinate-meeting-by-organization",
      "title": "列席下级党委常委会（党组）会议",
      "kind": "meeting",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部门",
      "counterpartLabel": "每个下级党委（党组）",
      "fanOut": "each_subordinate_committee",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（八）条",
          "quote": "纪检监察机关、组织部门应当每年至少列席1次下级党委常委会（党组）会议"
        }
      ]
    },
    {
      "id": "democratic-centralism-inspection",
      "title": "民主集中制执行情况专项检查",
      "kind": "inspection",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关、组织部门",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（八）条",
          "quote": "定期组织开展专项检查，督促领导班子特别是“一把手”建立健全“正职总揽、副职分管、程序规范、民主决策”工作机制"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（八）条",
          "quote": "严格执行领导班子成员分工向上级党委报备制度"
        }
      ]
    },
    {
      "id": "appointment-integrity-talk",
      "title": "任职廉政谈话",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关、组织部门负责人",
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
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十）条",
          "quote": "及时开展对新任职“一把手”的任职廉政谈话"
        }
      ]
    },
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
      "defaulted": null,
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十）条",
          "quote": "纪检机关、组织部门负责人应当每年至少与下级“一把手”开展1次谈心谈话"
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
      "defaulted": null,
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十）条",
          "quote": "纪检机关、组织部门负责人应当每年至少与下级“一把手”开展1次谈心谈话"
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
      "defaulted": null,
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十一）条",
          "quote": "每年在书面述责述廉全覆盖基础上"
        },
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十一）条",
          "quote": "述责述廉报告应当载入廉政档案，并在一定范围内公开"
        }
      ]
    },
    {
      "id": "live-statement-rotation",
      "title": "安排下级“一把手”现场述责述廉",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "上级党委（党组）",
      "counterpartLabel": "一定比例的下级“一把手”",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十一）条",
          "quote": "每年在书面述责述廉全覆盖基础上安排一定比例的下级“一把手”在上级党委常委会（党组）扩大会议上现场述责述廉、接受评议"
        }
      ]
    },
    {
      "id": "review-rectification-report",
      "title": "评议问题整改情况报告",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "下级“一把手”",
      "counterpartLabel": "上级党委（党组）",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "review_feedback",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十一）条",
          "quote": "下级“一把手”应当将评议问题整改情况及时向上级党委（党组）报告"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十二）条",
          "quote": "经常与领导班子其他成员谈心谈话"
        }
      ]
    },
    {
      "id": "democratic-life-meeting",
      "title": "年度民主生活会",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十三）条",
          "quote": "从严从实开好民主生活会，“一把手”要带头开展批评与自我批评"
        },
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十三）条",
          "quote": "领导班子年度民主生活会"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十三）条",
          "quote": "个人有关事项应当在领导班子年度民主生活会上公开"
        }
      ]
    },
    {
      "id": "special-democratic-life-meeting",
      "title": "专门召开民主生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "领导班子",
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
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十三）条",
          "quote": "经纪律检查、巡视巡察和审计发现重要问题，以及本地区本单位发生重大违纪违法案件、严重“四风”问题等情况的，应当专门召开民主生活会，及时剖析整改"
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十五）条",
          "quote": "“一把手”应当定期听取领导班子其他成员履行管党治党责任的情况汇报，发现责任落实不到位的及时约谈"
        }
      ]
    },
    {
      "id": "notification-to-members",
      "title": "年终通报分管范围领导干部情况",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关",
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
      "defaulted": "原文为“及时通报、定期通报、年终通报”，定期通报未规定次数，默认只按年终通报每年 1 次",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十五）条",
          "quote": "综合运用及时通报、定期通报、年终通报等方式，向同级党委领导班子其他成员通报分管范围内领导干部遵守党章党规、廉洁自律等情况"
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
      "defaulted": "原文为“常态化”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "党委（党组）要常态化分析本地区本部门本单位政治生态状况"
        }
      ]
    },
    {
      "id": "political-ecology-rectification-report",
      "title": "政治生态研判反馈问题整改完成情况报告",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）",
      "counterpartLabel": "上级党委（党组）和纪检机关",
      "fanOut": "none",
      "cadence": "event",
      "trigger": "review_feedback",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "党委（党组）收到反腐倡廉建设领导小组办公室有关政治生态分析研判反馈意见后，应当加强问题整改并及时向上级党委（党组）和纪检机关报告完成情况"
        }
      ]
    },
    {
      "id": "domain-integrity-report",
      "title": "重点领域党风廉政建设情况专题报告",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关",
      "counterpartLabel": "同级党委“一把手”和分管领导",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十七）条",
          "quote": "纪检机关应当建立健全专题报告制度，加强对审批监管、工程建设、资源开发、金融信贷、土地规划、执法司法等重点领域党风廉政建设情况的分析，注重发现普遍性问题，形成专题报告"
        }
      ]
    },
    {
      "id": "discipline-reminder-talk",
      "title": "纪委书记谈话提醒",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪委书记",
      "counterpartLabel": "有苗头性、倾向性问题的同级领导班子成员",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十八）条",
          "quote": "发现有苗头性、倾向性问题的，及时进行谈话提醒"
        }
      ]
    },
    {
      "id": "discipline-reminder-report",
      "title": "听取下级纪委书记谈话提醒工作汇报",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "上级纪委",
      "counterpartLabel": "每个下级纪委（纪委书记）",
      "fanOut": "each_subordinate_committee",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十八）条",
          "quote": "上级纪委要定期听取下级纪委书记开展谈话提醒工作的汇报"
        }
      ]
    },
    {
      "id": "case-analysis-report",
      "title": "违纪违法问题分析报告",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检机关",
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
      "defaulted": "原文未规定频次，默认每年 1 次",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（十九）条",
          "quote": "纪检机关要加大监督力度，对查办的腐败案件和下级领导班子特别是“一把手”违纪违法问题进行深入分析，向同级党委“一把手”报告"
        }
      ]
    },
    {
      "id": "personal-matters-sampling",
      "title": "个人有关事项报告抽查",
      "kind": "sampling",
      "responsibleRole": "organization_head",
      "responsibleLabel": "市委组织部",
      "counterpartLabel": "10% 市管干部，另 10%“一把手”，各区党政正职全覆盖",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十）条",
          "quote": "市委组织部在每年按照10%比例抽查市管干部个人有关事项报告的基础上，再抽查10%的“一把手”，其中对各区党政正职做到全覆盖查核"
        }
      ]
    },
    {
      "id": "rotation",
      "title": "交流轮岗",
      "kind": "tenure",
      "responsibleRole": "organization_head",
      "responsibleLabel": "党委（党组）、组织部门",
      "counterpartLabel": "在同一职位上任职时间较长的下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "tenure_5y",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P6M"
      },
      "evidence": [
        "note",
        "file"
      ],
      "defaulted": "原文为“任职时间较长”，未规定年限，默认同一职位任满 5 年；时限默认 6 个月内",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十）条",
          "quote": "对有任期规定或在同一职位上任职时间较长的领导班子成员，及时进行交流轮岗"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm",
      "title": "随机参加下级领导班子民主生活会",
      "kind": "meeting",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关负责人",
      "counterpartLabel": "随机选定的下级领导班子民主生活会",
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
      "defaulted": "原文为“一定数量”，未规定数目，默认每年至少 1 次",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十二）条",
          "quote": "纪检监察机关、组织部门负责人每年应当随机参加一定数量的下级领导班子民主生活会"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm-by-organization",
      "title": "随机参加下级领导班子民主生活会",
      "kind": "meeting",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部门负责人",
      "counterpartLabel": "随机选定的下级领导班子民主生活会",
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
      "defaulted": "原文为“一定数量”，未规定数目，默认每年至少 1 次",
      "citations": [
        {
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十二）条",
          "quote": "纪检监察机关、组织部门负责人每年应当随机参加一定数量的下级领导班子民主生活会"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm-by-member",
      "title": "有计划地参加下级领导班子民主生活会",
      "kind": "meeting",
      "responsibleRole": "member",
      "responsibleLabel": "领导班子成员",
      "counterpartLabel": "按计划选定的下级领导班子民主生活会",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十二）条",
          "quote": "领导班子成员要有计划地参加下级领导班子民主生活会"
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
      "cadence": "quarterly",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十四）条",
          "quote": "纪检监察机关、组织部门应当每季度对信访举报情况开展分析研判，督促信访举报比较集中的地区、部门、单位党组织查找分析原因，并向同级党委“一把手”报告"
        }
      ]
    },
    {
      "id": "leader-petition-analysis",
      "title": "涉及下级“一把手”和班子成员的信访举报专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关、组织部门",
      "counterpartLabel": "同级党委“一把手”",
      "fanOut": "none",
      "cadence": "quarterly",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十四）条",
          "quote": "每季度对涉及下级“一把手”和领导班子其他成员的信访举报问题开展专题分析，对社会反映突出、群众评价较差的领导干部情况及时向同级党委“一把手”报告"
        }
      ]
    },
    {
      "id": "clue-analysis",
      "title": "问题线索专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察机关",
      "counterpartLabel": "同级党委“一把手”",
      "fanOut": "none",
      "cadence": "quarterly",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十四）条",
          "quote": "纪检监察机关应当每季度开展对涉及下级领导班子特别是“一把手”问题线索的专题分析，形成专题报告报同级党委“一把手”"
        }
      ]
    },
    {
      "id": "rectification-review",
      "title": "审核整改报告",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "党委（党组）、纪检监察机关、组织部门",
      "counterpartLabel": "被反馈问题的下级党组织",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十五）条",
          "quote": "严格审核整改报告，重点监督下级“一把手”组织落实情况"
        }
      ]
    },
    {
      "id": "rectification-admonition",
      "title": "整改不到位约谈",
      "kind": "talk",
      "responsibleRole": "member",
      "responsibleLabel": "上级党组织分管领导",
      "counterpartLabel": "问题较为突出和整改不到位的下级“一把手”",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十五）条",
          "quote": "对问题较为突出和整改不到位的被检查党组织，上级党组织分管领导应当及时约谈下级“一把手”"
        }
      ]
    },
    {
      "id": "warning-education",
      "title": "领导干部警示教育大会",
      "kind": "meeting",
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
          "regime": "beijing-2021",
          "document": "《北京市关于加强对“一把手”和领导班子监督的若干措施》",
          "clause": "第（二十六）条",
          "quote": "用好查处违纪违法典型案例，分层分类召开领导干部警示教育大会"
        }
      ]
    }
  ]
};

export default pack;
