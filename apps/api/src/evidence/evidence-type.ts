/**
 * What kind of file an evidence upload is, decided by its content (magic bytes), never by the client's
 * content type alone. The extension only tells apart formats that share a container (an OLE2 compound file is
 * a .doc or an .xls) and must agree with the content, so that a download opens in the right program.
 */
export interface EvidenceKind {
  /** In words, for messages. */
  label: string;
  contentType: string;
  extensions: readonly string[];
}

export const EVIDENCE_KINDS = {
  pdf: { label: 'PDF 文档', contentType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { label: 'JPEG 图片', contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { label: 'PNG 图片', contentType: 'image/png', extensions: ['png'] },
  doc: { label: 'Word 文档（.doc）', contentType: 'application/msword', extensions: ['doc'] },
  xls: { label: 'Excel 表格（.xls）', contentType: 'application/vnd.ms-excel', extensions: ['xls'] },
  docx: { label: 'Word 文档（.docx）', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { label: 'Excel 表格（.xlsx）', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  ofd: { label: 'OFD 版式文档', contentType: 'application/ofd', extensions: ['ofd'] },
} as const satisfies Record<string, EvidenceKind>;

export type EvidenceKindName = keyof typeof EVIDENCE_KINDS;

export const ACCEPTED_EVIDENCE = 'PDF、JPEG、PNG、Word（.doc/.docx）、Excel（.xls/.xlsx）、OFD';

const startsWith = (content: Buffer, bytes: number[]) => bytes.every((b, i) => content[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The lower-case extension of a file name ('' without one). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** Names of the entries a ZIP archive holds, read from its local file headers (enough to tell OOXML and OFD apart). */
function zipEntryNames(content: Buffer, max = 2000): string[] {
  const names: string[] = [];
  let at = 0;
  while (names.length < max) {
    at = content.indexOf('PK\u0003\u0004', at, 'latin1');
    if (at < 0 || at + 30 > content.length) break;
    const nameLength = content.readUInt16LE(at + 26);
    const extraLength = content.readUInt16LE(at + 28);
    if (at + 30 + nameLength > content.length) break;
    names.push(content.subarray(at + 30, at + 30 + nameLength).toString('utf8'));
    at += 30 + nameLength + extraLength;
  }
  return names;
}

function zipKind(content: Buffer): EvidenceKindName | null {
  const names = zipEntryNames(content);
  if (names.some((n) => n === 'OFD.xml')) return 'ofd';
  if (!names.includes('[Content_Types].xml')) return null;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  return null;
}

/** The kind of an evidence file, or why it is refused (in Chinese). */
export function detectEvidenceKind(content: Buffer, fileName: string): { kind: EvidenceKindName } | { problem: string } {
  if (content.length === 0) return { problem: '文件为空' };
  const extension = extensionOf(fileName);
  let kind: EvidenceKindName | null = null;
  if (startsWith(content, PDF)) kind = 'pdf';
  else if (startsWith(content, JPEG)) kind = 'jpeg';
  else if (startsWith(content, PNG)) kind = 'png';
  else if (startsWith(content, ZIP)) kind = zipKind(content);
  else if (startsWith(content, OLE2)) {
    if (extension === 'doc' || extension === 'xls') kind = extension;
    else return { problem: `文件内容是 Office 97-2003 复合文档，扩展名应为 .doc 或 .xls（现为 ${extension ? `.${extension}` : '无扩展名'}）` };
  }
  if (!kind) return { problem: `不支持的文件类型（按文件内容判断），只接受 ${ACCEPTED_EVIDENCE}` };
  const accepted: readonly string[] = EVIDENCE_KINDS[kind].extensions;
  if (!accepted.includes(extension)) {
    return { problem: `文件内容是${EVIDENCE_KINDS[kind].label}，扩展名应为 ${accepted.map((e) => `.${e}`).join(' 或 ')}（现为 ${extension ? `.${extension}` : '无扩展名'}）` };
  }
  return { kind };
}

/**
 * The file name as the uploader wrote it. Multipart file names arrive as raw bytes that the parser reads as
 * latin1: a UTF-8 name (every browser sends one) is read again as UTF-8. A name that is not valid UTF-8, or
 * that the parser already decoded (filename*=UTF-8''…), is kept as it is.
 */
export function uploadedFileName(raw: string): string {
  if ([...raw].some((c) => c.charCodeAt(0) > 0xff)) return raw;
  const bytes = Buffer.from(raw, 'latin1');
  const decoded = bytes.toString('utf8');
  return Buffer.from(decoded, 'utf8').equals(bytes) ? decoded : raw;
}
