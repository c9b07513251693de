import PDFDocument from 'pdfkit';
import { loadCjkFont } from './cjk-font';

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

// GB/T 9704 proportions: margins 37/35 mm top/bottom, 28/26 mm left/right; title 22 pt (二号), body 16 pt (三号).
const MM = 72 / 25.4;
const MARGINS = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const TITLE_SIZE = 22;
const BODY_SIZE = 16;
const LINE_GAP = 7;
const RED = '#c00000';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '2026-03-01' → '2026年3月1日'; anything that is not a real calendar date throws. */
function chineseDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new Error(`预警函日期格式应为 YYYY-MM-DD：${iso}`);
  return `${+m[1]}年${+m[2]}月${+m[3]}日`;
}

function decisionSentence(decision: WarningNotice['decision']): string {
  if (decision.kind === 'approved') return `经${decision.deciderName}同志批准，决定升级督办。`;
  const by = ISO_DATE.test(decision.decidesBy) ? chineseDate(decision.decidesBy) : decision.decidesBy;
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

/**
 * Renders the notice as an A4 PDF laid out like a formal letter (red title, number, rule, recipient, body,
 * issuer and date at bottom right, system footer). The same notice always yields the same bytes: the
 * creation date comes from `issuedOn`, and pdfkit derives the file ID and font subset tags from its inputs.
 */
export async function renderWarningNoticePdf(notice: WarningNotice): Promise<Buffer> {
  if (!Number.isInteger(notice.overdueDays) || notice.overdueDays < 0) throw new Error(`逾期天数无效：${notice.overdueDays}`);
  const issued = chineseDate(notice.issuedOn);
  const paragraphs = warningNoticeParagraphs(notice);

  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `督办预警函 ${notice.number}`,
      Author: notice.issuer,
      Subject: `${notice.responsibleOrganization} ${notice.title} 逾期预警`,
      Creator: '督办系统',
      Producer: '督办系统 (PDFKit)',
      CreationDate: new Date(`${notice.issuedOn}T00:00:00+08:00`),
    },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('cjk', loadCjkFont('regular'));
  doc.registerFont('cjk-bold', loadCjkFont('bold'));
  const left = MARGINS.left;
  const width = doc.page.width - MARGINS.left - MARGINS.right;

  doc.font('cjk-bold').fontSize(TITLE_SIZE).fillColor(RED).text('督办预警函', { align: 'center' });
  doc.moveDown(0.3);
  doc.font('cjk').fontSize(BODY_SIZE).fillColor('black').text(notice.number, { align: 'center' });
  const ruleY = doc.y + 6;
  doc.moveTo(left, ruleY).lineTo(left + width, ruleY).lineWidth(1.5).strokeColor(RED).stroke();
  doc.y = ruleY + BODY_SIZE;

  doc.text(`${notice.recipientOrganization}：`, left, doc.y, { width, lineGap: LINE_GAP });
  for (const paragraph of paragraphs) {
    doc.text(paragraph, { width, lineGap: LINE_GAP, indent: 2 * BODY_SIZE });
  }

  // Issuer centred over the date, the pair at bottom right, two characters in from the right margin.
  doc.moveDown(2);
  const signWidth = Math.min(width - 2 * BODY_SIZE, Math.max(doc.widthOfString(notice.issuer), doc.widthOfString(issued)));
  const signLeft = left + width - 2 * BODY_SIZE - signWidth;
  for (const line of [notice.issuer, issued]) doc.text(line, signLeft, doc.y, { width: signWidth, align: 'center', lineGap: LINE_GAP });

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const footer = count > 1 ? `本函由督办系统生成　第 ${i - start + 1} 页 / 共 ${count} 页` : '本函由督办系统生成';
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not open a new page
    doc.font('cjk').fontSize(10.5).fillColor('#666666');
    doc.text(footer, left, doc.page.height - MARGINS.bottom / 2, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
