import { chineseDate as toChineseDate, renderOfficialLetterPdf } from './official-letter.pdf';

/** The reminder letter about open rectifications (巡察整改履责提醒函) sent to a new 一把手 (常州工学院责任清单第 10 项). */
export interface ReminderLetter {
  /** e.g. '整改履责提醒〔2027〕第 3 号' */
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  /** The body that sends it, e.g. '中共某校委员会'. */
  issuer: string;
  organization: string;
  recipientName: string;
  /** The day the new 一把手 took office, YYYY-MM-DD. */
  appointedOn: string;
  /** One line per open rectification: what, where it stands, and by when. */
  items: { title: string; dueDate: string; state?: string }[];
  citation: string;
}

const chineseDate = (iso: string) => toChineseDate(iso, '提醒函');

/** Paragraphs of the letter body, in order. */
export function reminderLetterParagraphs(l: ReminderLetter): string[] {
  return [
    `你于${chineseDate(l.appointedOn)}起任${l.organization}主要负责同志。根据${l.citation}的规定，现将该单位尚未完成的整改事项函告如下：`,
    ...l.items.map((item, i) => `${i + 1}. ${item.title}（${item.state ? `${item.state}，` : ''}应于${chineseDate(item.dueDate)}前完成）`),
    '请切实履行整改第一责任人责任，对上述事项逐项接续推进、按期完成，并将整改情况及时报告。',
    '特此提醒。',
  ];
}

/** Renders the letter as an A4 PDF laid out like the warning notice; the same letter always yields the same bytes. */
export async function renderReminderLetterPdf(letter: ReminderLetter): Promise<Buffer> {
  return renderOfficialLetterPdf(
    {
      heading: '巡察整改履责提醒函',
      number: letter.number,
      salutation: `${letter.recipientName}同志：`,
      paragraphs: reminderLetterParagraphs(letter),
      issuer: letter.issuer,
      issuedOn: letter.issuedOn,
      title: `巡察整改履责提醒函 ${letter.number}`,
      subject: `${letter.organization} 巡察整改履责提醒`,
      footer: false,
    },
    '提醒函',
  );
}
