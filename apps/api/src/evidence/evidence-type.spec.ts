import { detectEvidenceKind, uploadedFileName } from './evidence-type';

const zip = (...names: string[]) =>
  Buffer.concat(
    names.map((name) => {
      const header = Buffer.alloc(30);
      header.write('PK\u0003\u0004', 0, 'latin1');
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      header.writeUInt16LE(0, 28);
      return Buffer.concat([header, Buffer.from(name, 'utf8'), Buffer.from('data')]);
    }),
  );

describe('detectEvidenceKind', () => {
  it('reads the kind from the content and wants a matching extension', () => {
    expect(detectEvidenceKind(Buffer.from('%PDF-1.7\n…'), '会议纪要.pdf')).toEqual({ kind: 'pdf' });
    expect(detectEvidenceKind(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), '照片.JPG')).toEqual({ kind: 'jpeg' });
    expect(detectEvidenceKind(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'a.png')).toEqual({ kind: 'png' });
    expect(detectEvidenceKind(zip('[Content_Types].xml', 'word/document.xml'), '谈话记录.docx')).toEqual({ kind: 'docx' });
    expect(detectEvidenceKind(zip('[Content_Types].xml', 'xl/workbook.xml'), '台账.xlsx')).toEqual({ kind: 'xlsx' });
    expect(detectEvidenceKind(zip('OFD.xml', 'Doc_0/Document.xml'), '通知.ofd')).toEqual({ kind: 'ofd' });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]);
    expect(detectEvidenceKind(ole, '旧表.xls')).toEqual({ kind: 'xls' });
    expect(detectEvidenceKind(ole, '旧文.doc')).toEqual({ kind: 'doc' });
  });

  it('refuses what the content does not support, whatever the name says', () => {
    expect(detectEvidenceKind(Buffer.alloc(0), 'a.pdf')).toEqual({ problem: '文件为空' });
    expect(detectEvidenceKind(Buffer.from('MZ\x90\x00'), 'report.pdf')).toEqual({ problem: expect.stringContaining('不支持的文件类型') });
    expect(detectEvidenceKind(zip('a.txt'), 'a.docx')).toEqual({ problem: expect.stringContaining('不支持的文件类型') });
    expect(detectEvidenceKind(Buffer.from('%PDF-1.4'), 'a.png')).toEqual({ problem: '文件内容是PDF 文档，扩展名应为 .pdf（现为 .png）' });
    expect(detectEvidenceKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.ppt')).toEqual({ problem: expect.stringContaining('.doc 或 .xls') });
  });
});

describe('uploadedFileName', () => {
  it('reads a latin1-decoded UTF-8 name again as UTF-8, and keeps names already decoded', () => {
    const latin1 = Buffer.from('民主生活会会议记录.pdf', 'utf8').toString('latin1');
    expect(uploadedFileName(latin1)).toBe('民主生活会会议记录.pdf');
    expect(uploadedFileName('minutes.pdf')).toBe('minutes.pdf');
    expect(uploadedFileName('已解码.pdf')).toBe('已解码.pdf');
    expect(uploadedFileName('caf\u00e9.pdf')).toBe('caf\u00e9.pdf');
  });
});
