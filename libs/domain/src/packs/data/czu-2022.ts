// 《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》的策略包数据。
// 内容是纯 JSON（可原样存为 .json）；类型为 unknown，由 packs.ts 在加载时用 validatePack 校验。
const pack: unknown = {
  "id": "czu-2022",
  "version": "1.0.0",
  "title": "常州工学院加强对“一把手”和领导班子监督若干措施责任清单",
  "issuer": "中共常州工学院委员会（常工党〔2022〕61号）",
  "issuedOn": "2022-09-26",
  "templates": [
    {
      "id": "responsibility-inspection",
      "title": "督查下级党组织“一把手”责任落实情况",
      "kind": "inspection",
      "responsibleRole": "organization_head",
      "responsibleLabel": "学校党委（责任单位：组织部）",
      "counterpartLabel": "每位二级党组织“一把手”",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 5 项",
          "quote": "学校党委要带头落实主体责任，定期督查下级党组织“一把手”责任落实情况"
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 6 项",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 6 项",
          "quote": "对下级新任职“一把手”开展任职谈话"
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 6 项",
          "quote": "同下级“一把手”定期开展监督谈话"
        }
      ]
    },
    {
      "id": "special-admonition",
      "title": "专题约谈",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "上级“一把手”",
      "counterpartLabel": "发生失职失责问题或所在单位出现重大事件、事故、案件的下级“一把手”",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 6 项",
          "quote": "在下级“一把手”发生失职失责问题，所在地区、部门、单位出现重大群体性事件、重大公共卫生事件、重大安全生产事故以及重大违纪违法案件等情形时，进行专题约谈，提出整改意见，督促落实责任"
        }
      ]
    },
    {
      "id": "home-visit",
      "title": "家访",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 6 项",
          "quote": "对下级“一把手”定期开展家访，了解其八小时之外工作生活情况"
        }
      ]
    },
    {
      "id": "annual-plan",
      "title": "年初压实全面从严治党主体责任清单",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "各基层党委（党总支）、党工委、直属党支部",
      "counterpartLabel": "无",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "months_into_period",
        "months": 1
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“每年年初”，未规定具体日期，默认 1 月底前",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 7 项",
          "quote": "每年年初，各基层党委（党总支）、党工委、直属党支部应当根据全面从严治党主体责任清单，压紧压实“一把手”第一责任人职责"
        }
      ]
    },
    {
      "id": "responsibility-admonition",
      "title": "责任落实不到位约谈提醒",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门",
      "counterpartLabel": "责任落实不到位的下级“一把手”",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 7 项",
          "quote": "发现下级“一把手”责任落实不到位的及时约谈提醒"
        }
      ]
    },
    {
      "id": "accountability-statement",
      "title": "述职述责述廉和评议考核",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "“一把手”",
      "counterpartLabel": "学校专题会议（组织部、纪检监察部门组织）",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 7 项",
          "quote": "每年定期召开专题会议听取“一把手”抓基层党建工作、履行全面从严治党责任包括监督下级“一把手”情况以及上一年度反馈问题整改落实情况报告，并进行评议"
        }
      ]
    },
    {
      "id": "attend-subordinate-meeting",
      "title": "列席二级党组织会议",
      "kind": "meeting",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门",
      "counterpartLabel": "每个二级党组织",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 9 项",
          "quote": "纪检监察部门、组织部门应当每年至少列席1次二级党组织会议"
        }
      ]
    },
    {
      "id": "attend-subordinate-meeting-by-organization",
      "title": "列席二级党组织会议",
      "kind": "meeting",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部门",
      "counterpartLabel": "每个二级党组织",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 9 项",
          "quote": "纪检监察部门、组织部门应当每年至少列席1次二级党组织会议"
        }
      ]
    },
    {
      "id": "rectification-reminder-letter",
      "title": "巡察整改履责提醒函",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "党委巡察工作办公室",
      "counterpartLabel": "被巡察单位党组织新任“一把手”",
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
        "file"
      ],
      "defaulted": "原文为“及时”，未规定时限，默认事件发生后 1 个月内",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 10 项",
          "quote": "健全巡察整改履责提醒制度，及时向被巡察单位党组织新任“一把手”发送履责提醒函"
        }
      ]
    },
    {
      "id": "tenure-audit",
      "title": "任中经济责任审计",
      "kind": "tenure",
      "responsibleRole": "principal",
      "responsibleLabel": "审计处",
      "counterpartLabel": "任期超过 3 年的下级“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "event",
      "trigger": "tenure_3y",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_event",
        "within": "P1Y"
      },
      "evidence": [
        "note",
        "file"
      ],
      "defaulted": "原文为“优先安排”，未规定时限，默认任期满 3 年后 1 年内",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 11 项",
          "quote": "做好对下级“一把手”的审计，优先安排任期超过3年的审计对象"
        }
      ]
    },
    {
      "id": "discipline-org-talk",
      "title": "校纪委负责人同二级党组织“一把手”谈话",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "校纪委负责人",
      "counterpartLabel": "每位二级党组织“一把手”",
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
      "defaulted": "原文只要求建立健全谈话制度，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 12 项",
          "quote": "建立健全校纪委、组织部负责人同各二级党组织“一把手”谈话制度"
        }
      ]
    },
    {
      "id": "discipline-org-talk-by-organization",
      "title": "组织部负责人同二级党组织“一把手”谈话",
      "kind": "talk",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部负责人",
      "counterpartLabel": "每位二级党组织“一把手”",
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
      "defaulted": "原文只要求建立健全谈话制度，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 12 项",
          "quote": "建立健全校纪委、组织部负责人同各二级党组织“一把手”谈话制度"
        }
      ]
    },
    {
      "id": "team-talk",
      "title": "同班子成员谈心谈话",
      "kind": "talk",
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
      "defaulted": "原文为“经常”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 13 项",
          "quote": "“一把手”要管好班子、带好队伍，定期听取领导班子其他成员工作情况汇报，经常性开展谈心谈话"
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 18 项",
          "quote": "“一把手”要定期听取班子其他成员履行管党治党责任的情况汇报"
        },
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 13 项",
          "quote": "定期听取领导班子其他成员工作情况汇报"
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 15 项",
          "quote": "认真落实《关于民主生活会、组织生活会“十不准”规定》，“一把手”带头开展批评和自我批评"
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 15 项",
          "quote": "以及本单位发生重大违纪违法案件、严重“四风”问题等情况的，应专门召开民主生活会，及时剖析整改"
        }
      ]
    },
    {
      "id": "notification-to-members",
      "title": "向班子成员通报分管范围领导干部情况",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门",
      "counterpartLabel": "校党委领导班子其他每位成员",
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
      "defaulted": "原文为“定期”，未规定次数，默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 18 项",
          "quote": "定期向校党委领导班子其他成员通报其分管部门和单位领导干部遵守党章党规、廉洁自律等情况"
        }
      ]
    },
    {
      "id": "political-ecology",
      "title": "政治生态分析研判",
      "kind": "analysis",
      "responsibleRole": "principal",
      "responsibleLabel": "各级党组织",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 20 项",
          "quote": "常态化分析研判本单位政治生态状况"
        }
      ]
    },
    {
      "id": "domain-integrity-report",
      "title": "分领域党风廉政建设情况专题报告",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "校纪委",
      "counterpartLabel": "校党委及班子其他成员",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 21 项",
          "quote": "注重发现普遍性问题，形成专题报告，及时向校党委报告和向班子其他成员通报"
        }
      ]
    },
    {
      "id": "discipline-reminder-talk",
      "title": "纪委负责人谈话提醒",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "校纪委主要负责人",
      "counterpartLabel": "有苗头性、倾向性问题的校党委领导班子成员",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 22 项",
          "quote": "校纪委主要负责人应主动与校党委领导班子成员谈心谈话，发现苗头性、倾向性问题的，及时进行提醒"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm",
      "title": "联系指导下级领导班子民主生活会",
      "kind": "meeting",
      "responsibleRole": "member",
      "responsibleLabel": "领导班子成员",
      "counterpartLabel": "联系的 1-2 个下级领导班子民主生活会",
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
      "defaulted": "原文未写明周期，民主生活会每年召开，默认每年；次数取“1-2个”的下限 1",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 27 项",
          "quote": "领导班子成员分别联系指导1-2个下级领导班子民主生活会"
        }
      ]
    },
    {
      "id": "urge-special-dlm",
      "title": "督促二级党组织召开专题民主生活会",
      "kind": "meeting",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部会同纪检监察部门",
      "counterpartLabel": "发生重大问题的二级党组织",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 27 项",
          "quote": "对各二级党组织所在单位发生重大问题的，督促其领导班子及时召开专题民主生活会"
        }
      ]
    },
    {
      "id": "key-assessment",
      "title": "重点考核",
      "kind": "inspection",
      "responsibleRole": "organization_head",
      "responsibleLabel": "组织部",
      "counterpartLabel": "选定的单位“一把手”和领导班子",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 29 项",
          "quote": "每年选定各单位“一把手”和领导班子进行重点考核"
        }
      ]
    },
    {
      "id": "petition-analysis",
      "title": "信访举报综合分析报告",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门",
      "counterpartLabel": "校党委书记",
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
      "defaulted": "原文未规定周期（未写“定期”），默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 31 项",
          "quote": "完善信访举报综合分析向校党委书记报告和各二级党组织党委书记“点对点”通报机制"
        }
      ]
    },
    {
      "id": "leader-petition-analysis",
      "title": "涉及二级单位“一把手”和班子成员的信访举报专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门、组织部",
      "counterpartLabel": "校党委",
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
      "defaulted": "原文未规定周期（未写“定期”），默认每年 1 次",
      "citations": [
        {
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 31 项",
          "quote": "纪检监察部门、组织部要对涉及二级单位“一把手”及领导班子其他成员的信访举报问题进行专题分析"
        }
      ]
    },
    {
      "id": "rectification-review",
      "title": "审核整改报告、督办重点问题",
      "kind": "inspection",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门、组织部",
      "counterpartLabel": "被反馈问题的单位",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 32 项",
          "quote": "通过审核整改报告、督办重点问题等方式，压实主体责任，督促整改落实到位"
        }
      ]
    },
    {
      "id": "warning-education",
      "title": "领导干部警示教育大会",
      "kind": "meeting",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "纪检监察部门，各级党组织",
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
          "regime": "czu-2022",
          "document": "《常州工学院加强对“一把手”和领导班子监督若干措施责任清单》",
          "clause": "第 33 项",
          "quote": "每年召开领导干部警示教育大会"
        }
      ]
    }
  ]
};

export default pack;
