import { chineseDate as toChineseDate, isIsoDate, renderOfficialLetterPdf } from './official-letter.pdf';

const chineseDate = (iso: string) => toChineseDate(iso, '预警函');

/** The numbered warning notice (预警函) attached to the email sent to the higher party body on escalation. */
export interface WarningNotice {
  /** e.g. '督办预警〔2026〕第 12 号' */
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** The body that decided the escalation, e.g. '中共某市纪委'. */
  issuer: string;
  /** The higher body the notice goes to, e.g. '中共某省委'. */
  recipientOrganization: string;
  responsibleOrganization: string;
  /** Name of the 一把手. */
  responsibleName: string;
  /** Duty title, e.g. '监督谈话'. */
  title: string;
  /** e.g. '中共乙县委 乙县委书记' */
  counterpart: string;
  /** YYYY-MM-DD */
  dueDate: string;
  overdueDays: number;
  /** 《…》第（三）条 */
  citation: string;
  decision: { kind: 'approved'; deciderName: string } | { kind: 'auto'; decidesBy: string };
}

function decisionSentence(decision: WarningNotice['decision']): string {
  if (decision.kind === 'approved') return `经${decision.deciderName}同志批准，决定升级督办。`;
  const by = isIsoDate(decision.decidesBy) ? chineseDate(decision.decidesBy) : decision.decidesBy;
  return `该事项截至${by}未获处理，已按规定自动升级督办。`;
}

/** Paragraphs of the letter body, in order. */
export function warningNoticeParagraphs(n: WarningNotice): string[] {
  return [
    `经督办系统核查，${n.responsibleOrganization}主要负责同志${n.responsibleName}应于${chineseDate(n.dueDate)}前完成与${n.counterpart}的“${n.title}”，` +
      `截至本函发出之日仍未完成，已逾期${n.overdueDays}天。`,
    `根据${n.citation}的规定，${decisionSentence(n.decision)}`,
    `现将有关情况函告你单位，请按照“一级抓一级”的要求，督促${n.responsibleOrganization}${n.responsibleName}同志尽快落实，` +
      `并将落实情况及时反馈${n.issuer}。`,
    '特此函告。',
  ];
}

/** Renders the notice as a formal letter with the system footer (see `renderOfficialLetterPdf`). */
export async function renderWarningNoticePdf(notice: WarningNotice): Promise<Buffer> {
  if (!Number.isInteger(notice.overdueDays) || notice.overdueDays < 0) throw new Error(`逾期天数无效：${notice.overdueDays}`);
  const paragraphs = warningNoticeParagraphs(notice);
  return renderOfficialLetterPdf(
    {
      heading: '督办预警函',
      number: notice.number,
      salutation: `${notice.recipientOrganization}：`,
      paragraphs,
      issuer: notice.issuer,
      issuedOn: notice.issuedOn,
      title: `督办预警函 ${notice.number}`,
      subject: `${notice.responsibleOrganization} ${notice.title} 逾期预警`,
      footer: true,
    },
    '预警函',
  );
}
