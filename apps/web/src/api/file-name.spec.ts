import { fileNameOf } from './file-name';

describe('download names', () => {
  it('prefers the UTF-8 name', () => {
    expect(fileNameOf(`inline; filename*=UTF-8''${encodeURIComponent('预警函-2026-001.pdf')}`)).toBe('预警函-2026-001.pdf');
    expect(fileNameOf('attachment; filename="evidence.pdf"')).toBe('evidence.pdf');
    expect(fileNameOf(null)).toBeNull();
    expect(fileNameOf("inline; filename*=UTF-8''%E0%A4%A")).toBeNull();
  });
});
