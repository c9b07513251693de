import { DEFAULT_CHASE_POLICY } from '../chase/chase-policy';
import { ObligationTemplate } from './obligation-template';

/** 上级“一把手”同下级“一把手”每年至少开展1次监督谈话. */
export const SUPERVISION_TALK: ObligationTemplate = {
  id: 'supervision-talk',
  title: '监督谈话',
  kind: 'talk',
  responsibleRole: 'principal',
  fanOut: 'each_subordinate_principal',
  cadence: 'yearly',
  minPerPeriod: 1,
  evidence: { heldOn: true, counterpart: true, note: true },
  chase: DEFAULT_CHASE_POLICY,
  chaseIsDefault: true,
  citations: [
    {
      regime: 'anhui-2022',
      document: '《安徽省关于加强对“一把手”和领导班子监督的若干措施》',
      clause: '第（三）条',
      quote: '上级“一把手”……同下级“一把手”每年至少开展1次监督谈话',
    },
    {
      regime: 'central-2021',
      document: '《中共中央关于加强对“一把手”和领导班子监督的意见》',
      clause: '第（三）条',
      quote: '上级“一把手”必须抓好下级“一把手”……经常、近距离、全方位了解下级“一把手”',
    },
  ],
};
