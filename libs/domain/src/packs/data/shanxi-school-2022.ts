// 《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》的策略包数据。
// 内容是纯 JSON（可原样存为 .json）；类型为 unknown，由 packs.ts 在加载时用 validatePack 校验。
const pack: unknown = {
  "id": "shanxi-school-2022",
  "version": "1.0.0",
  "title": "中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法",
  "issuer": "中共山西省工业管理学校委员会",
  "issuedOn": "2022-01-01",
  "templates": [
    {
      "id": "responsibility-inspection",
      "title": "全面从严治党主体责任制度落实情况监督检查",
      "kind": "inspection",
      "responsibleRole": "principal",
      "responsibleLabel": "学校（校党委）",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（二）条",
          "quote": "学校每年至少开展一次全面从严治党主体责任制度落实情况监督检查，并根据需要随机抽查"
        }
      ]
    },
    {
      "id": "accountability-statement",
      "title": "述责述廉",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "学校“一把手”",
      "counterpartLabel": "省委教育工委会议或校党委会议",
      "fanOut": "none",
      "cadence": "yearly",
      "minPerPeriod": 1,
      "dueRule": {
        "kind": "after_period_end",
        "within": "P1M"
      },
      "evidence": [
        "heldOn",
        "note",
        "file"
      ],
      "defaulted": "原文为“每年年底或次年年初”，未规定具体日期，默认次年 1 月底前",
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（五）条",
          "quote": "学校“一把手”每年年底或次年年初在省委教育工委会议上或校党委会议上进行述责述廉"
        }
      ]
    },
    {
      "id": "democratic-life-meeting",
      "title": "年度民主生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "学校领导班子",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（六）条",
          "quote": "坚持民主生活会和组织生活会制度"
        },
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十）条",
          "quote": "学校领导班子成员年度民主生活会对照检查时要报告落实全面从严治党主体责任情况"
        }
      ]
    },
    {
      "id": "team-talk",
      "title": "同班子成员谈心谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "学校“一把手”",
      "counterpartLabel": "学校领导班子其他每位成员",
      "fanOut": "each_member",
      "cadence": "yearly",
      "minPerPeriod": 2,
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（七）条",
          "quote": "每年同学校领导班子成员至少进行两次谈心谈话"
        }
      ]
    },
    {
      "id": "personal-matters",
      "title": "签阅班子成员个人有关事项报告表",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "学校“一把手”",
      "counterpartLabel": "学校领导班子其他每位成员",
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
      "defaulted": "原文未规定周期；个人有关事项每年集中报告，默认每年 1 次",
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（七）条",
          "quote": "要签阅领导班子成员《个人有关事项报告表》"
        }
      ]
    },
    {
      "id": "mutual-talk",
      "title": "双向谈心谈话",
      "kind": "talk",
      "responsibleRole": "member",
      "responsibleLabel": "学校领导班子成员",
      "counterpartLabel": "“一把手”和其他每位领导班子成员",
      "fanOut": "each_member",
      "cadence": "yearly",
      "minPerPeriod": 2,
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（七）条",
          "quote": "学校领导班子成员每年至少两次同“一把手”和领导班子成员进行双向谈心谈话"
        }
      ]
    },
    {
      "id": "work-division-filing",
      "title": "领导班子成员分工报备",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委",
      "counterpartLabel": "省委教育工委（抄送驻厅纪检监察组）",
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
      "escalation": [
        {
          "after": "P15D",
          "notify": [
            "parent:principal",
            "stationed_group"
          ],
          "requiresApproval": true
        }
      ],
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（九）条",
          "quote": "分工情况按规定向省委教育工委报备，抄送驻厅纪检监察组"
        }
      ]
    },
    {
      "id": "annual-plan",
      "title": "全面从严治党主体责任年度计划和责任清单",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十）条",
          "quote": "制定学校落实全面从严治党主体责任年度计划，分解工作任务，制定责任清单，明确责任分工和完成时限"
        }
      ]
    },
    {
      "id": "member-duty-report",
      "title": "听取班子成员履行管党治党责任情况汇报",
      "kind": "report",
      "responsibleRole": "principal",
      "responsibleLabel": "学校“一把手”",
      "counterpartLabel": "学校领导班子其他每位成员",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十）条",
          "quote": "学校“一把手”要定期听取领导班子成员履行管党治党责任情况汇报"
        }
      ]
    },
    {
      "id": "political-ecology",
      "title": "政治生态通报研判",
      "kind": "analysis",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委、校纪委",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十三）条",
          "quote": "校党委、校纪委要建立全面从严治党会商机制，定期通报研判学校政治生态状况"
        }
      ]
    },
    {
      "id": "discipline-reminder-talk",
      "title": "纪委书记谈话提醒",
      "kind": "talk",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "校纪委书记",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十三）条",
          "quote": "发现领导班子成员有苗头性、倾向性问题的，及时进行提醒"
        }
      ]
    },
    {
      "id": "discipline-monthly-report",
      "title": "向驻厅纪检监察组报告重大工作事项",
      "kind": "report",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "校纪委",
      "counterpartLabel": "驻厅纪检监察组",
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
      "escalation": [
        {
          "after": "P15D",
          "notify": [
            "stationed_group"
          ],
          "requiresApproval": true
        }
      ],
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十三）条",
          "quote": "按月向驻厅纪检监察组报告重大工作事项"
        }
      ]
    },
    {
      "id": "appointment-talk",
      "title": "任职谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委书记",
      "counterpartLabel": "新任职的内设机构“一把手”",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十四）条",
          "quote": "对新任职内设机构“一把手”进行任职谈话"
        }
      ]
    },
    {
      "id": "heart-talk-subordinate",
      "title": "同内设机构“一把手”谈心谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委书记",
      "counterpartLabel": "每位内设机构“一把手”",
      "fanOut": "each_subordinate_principal",
      "cadence": "yearly",
      "minPerPeriod": 2,
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十四）条",
          "quote": "每年与内设机构“一把手”至少进行两次谈心谈话"
        }
      ]
    },
    {
      "id": "supervision-talk",
      "title": "监督谈话",
      "kind": "talk",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委书记",
      "counterpartLabel": "每位内设机构“一把手”",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十四）条",
          "quote": "每年与内设机构“一把手”至少进行两次谈心谈话并定期开展监督谈话"
        }
      ]
    },
    {
      "id": "unit-head-talk",
      "title": "同分管科室“一把手”谈心谈话",
      "kind": "talk",
      "responsibleRole": "member",
      "responsibleLabel": "校领导班子成员",
      "counterpartLabel": "分管的每个科室“一把手”",
      "fanOut": "each_unit_head_under_member",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十五）条",
          "quote": "校领导班子成员每年与分管科室“一把手”至少进行一次谈心谈话"
        }
      ]
    },
    {
      "id": "unit-head-report",
      "title": "听取分管科室负责人执行中央八项规定精神情况汇报",
      "kind": "report",
      "responsibleRole": "member",
      "responsibleLabel": "校领导班子成员",
      "counterpartLabel": "分管的每个科室负责人",
      "fanOut": "each_unit_head_under_member",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十五）条",
          "quote": "校领导班子成员要把分管科室负责人执行中央八项规定精神情况作为日常监督内容，定期听取汇报"
        }
      ]
    },
    {
      "id": "rotation",
      "title": "交流轮换",
      "kind": "tenure",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委",
      "counterpartLabel": "同一岗位任满 5 年的内设机构“一把手”",
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
      "defaulted": "原文为“一般应交流轮换”，未规定时限，默认任满 5 年后 6 个月内",
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十七）条",
          "quote": "健全学校任职回避、定期轮岗、干部交流制度，同一岗位任满5年的一般应交流轮换"
        }
      ]
    },
    {
      "id": "attend-subordinate-dlm",
      "title": "参加党支部组织生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委（委员参加）",
      "counterpartLabel": "每个党支部的组织生活会",
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
      "defaulted": "原文未写明频次；组织生活会一般每年召开，默认每年 1 次",
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十八）条",
          "quote": "校党委委员要参加各党支部组织生活会，认真审核把关会议方案"
        }
      ]
    },
    {
      "id": "urge-special-dlm",
      "title": "督促党支部专门召开组织生活会",
      "kind": "meeting",
      "responsibleRole": "principal",
      "responsibleLabel": "校党委",
      "counterpartLabel": "遇到重要问题或发生违纪违法案件的党支部",
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
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（十八）条",
          "quote": "要督促其及时专门召开组织生活会，剖析问题、认真整改"
        }
      ]
    },
    {
      "id": "leader-petition-analysis",
      "title": "涉及内设机构及中层干部的舆情和信访举报专题分析",
      "kind": "analysis",
      "responsibleRole": "discipline_secretary",
      "responsibleLabel": "原文未明确（默认校纪委）",
      "counterpartLabel": "涉及的内设机构及中层干部",
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
      "defaulted": "原文未规定周期（未写“定期”），默认每年 1 次；承担者原文未写明，默认校纪委",
      "citations": [
        {
          "regime": "shanxi-school-2022",
          "document": "《中共山西省工业管理学校委员会加强对“一把手”和领导班子监督实施办法》",
          "clause": "第（二十）条",
          "quote": "对涉及内设机构及中层干部的舆情及信访举报，要进行专题分析，对一般性问题由分管校领导开展谈心谈话"
        }
      ]
    }
  ]
};

export default pack;
