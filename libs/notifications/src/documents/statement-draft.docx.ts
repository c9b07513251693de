import { calendarDate, Ledger, StatementSection } from '@duban/domain';
import { AlignmentType, convertMillimetersToTwip, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { statementBody } from './statement-draft.content';

/** What the 述责述廉 draft is made from: the person's ledger of the year and the duty it is the evidence of. */
export interface StatementDraft {
  year: number;
  person: { name: string };
  organization: { name: string };
  /** Positions held in the year, e.g. 中共某市委 党委书记. */
  positions: string[];
  duty: { title: string; citation: string; dueDate: string };
  /** What the regime asks the report to cover (libs/domain statement-sections). */
  sections: StatementSection[];
  /** The person's ledger of the year. */
  ledger: Ledger;
  /** The organization's rectifications of the register found in the year or still open in it (整改台账). */
  rectifications?: StatementRectification[];
  zone: string;
}

/** One rectification as the draft accounts for it. */
export interface StatementRectification {
  sourceLabel: string;
  description: string;
  foundOn: string;
  deadline: string;
  statusLabel: string;
  returns: number;
  escalationLabel: string | null;
}

// 公文格式 (GB/T 9704): A4, margins 37/35/28/26 mm; title 方正小标宋简体 二号 (22 pt), body 仿宋_GB2312 三号 (16 pt),
// headings 黑体 (一、) and 楷体_GB2312 (（一）), a fixed 28 pt line. Word substitutes what a machine lacks.
const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', h1: '黑体', h2: '楷体_GB2312', latin: 'Times New Roman' } as const;
const TITLE = 44;
const BODY = 32;
const TABLE = 21;
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin });

/** One line of the body: plain text, a heading, or a prompt the leader replaces (highlighted). */
export type DraftLine =
  | { kind: 'text'; text: string }
  | { kind: 'h1' | 'h2'; text: string }
  | { kind: 'prompt'; text: string }
  | { kind: 'note'; text: string };

function paragraph(line: DraftLine): Paragraph {
  const runFont = line.kind === 'h1' ? FONTS.h1 : line.kind === 'h2' ? FONTS.h2 : FONTS.body;
  const run = new TextRun({
    text: line.text,
    font: font(runFont),
    size: line.kind === 'note' ? 28 : BODY,
    ...(line.kind === 'prompt' ? { highlight: 'yellow' as const } : {}),
  });
  return new Paragraph({ children: [run], spacing: LINE, indent: { firstLine: convertMillimetersToTwip(11.2) }, alignment: AlignmentType.JUSTIFIED });
}

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, font: font(header ? FONTS.h1 : FONTS.body), size: TABLE })], alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT })),
  });
}

/** 附表: the year's duties in a compact table. */
function appendix(draft: StatementDraft): Table {
  const header = ['序号', '事项', '对象', '截止日期', '完成情况', '是否按期'];
  const rows = draft.ledger.members.flatMap((m) => m.rows);
  // The text width (210 − 28 − 26 = 156 mm, 8845 twips), shared out: 序号 narrow, 对象 and 事项 wide.
  const widths = [700, 1900, 2000, 1350, 1600, 1295];
  return new Table({
    width: { size: 8845, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i], true)) }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            cantSplit: true,
            children: [
              String(i + 1),
              r.title,
              r.counterpart ?? '—',
              r.dueDate,
              r.done ? `${r.done.heldOn ?? calendarDate(r.done.recordedAt, draft.zone)}完成` : r.statusLabel,
              r.timelinessLabel,
            ].map((text, k) => cell(text, widths[k])),
          }),
      ),
    ],
  });
}

/**
 * The 述责述廉报告（初稿） as a .docx the leader edits in Word/WPS and uploads back as the duty's evidence: the
 * title, who, the year's supervision duties from the ledger (counts, dates, counterparts), what was late and why,
 * returns, the sections the regime asks for (citing their clauses) with highlighted prompts, the 整改事项 left to be
 * filled in by hand, and the ledger as an appendix table.
 */
export async function renderStatementDraftDocx(draft: StatementDraft): Promise<Buffer> {
  const title = `${draft.year}年度述责述廉报告（初稿）`;
  const centred = (text: string, eastAsia: string, size: number) => new Paragraph({ children: [new TextRun({ text, font: font(eastAsia), size })], alignment: AlignmentType.CENTER, spacing: LINE });
  const right = (text: string) => new Paragraph({ children: [new TextRun({ text, font: font(FONTS.body), size: BODY })], alignment: AlignmentType.RIGHT, spacing: LINE, indent: { right: convertMillimetersToTwip(11.2) } });
  const document = new Document({
    creator: '督办系统',
    title,
    description: `${draft.person.name} ${title}`,
    styles: { default: { document: { run: { font: font(FONTS.body), size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
          },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.latin), size: 28 })] })] }),
        },
        children: [
          centred(title, FONTS.title, TITLE),
          centred(`${draft.organization.name}　${draft.person.name}`, FONTS.h2, BODY),
          new Paragraph({ children: [], spacing: LINE }),
          ...statementBody(draft).map(paragraph),
          new Paragraph({ children: [], spacing: LINE }),
          right(draft.person.name),
          right('　　年　　月　　日'),
          new Paragraph({ children: [], spacing: LINE }),
          paragraph({ kind: 'h1', text: `附表：${draft.year}年度履责记实台账（摘要）` }),
          appendix(draft),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
