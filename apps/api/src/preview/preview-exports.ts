import { Injectable } from '@nestjs/common';
import { attachmentDisposition, previewFileName } from './preview-columns';
import { previewCsv } from './preview-csv';
import { previewXlsx } from './preview-xlsx';
import type { DutyPreview } from './preview.types';

export interface RenderedFile {
  body: Buffer;
  contentType: string;
  fileName: { utf8: string; ascii: string };
  disposition: string;
}

/** Turns a preview into a file to download (CSV or Excel). */
@Injectable()
export class PreviewExports {
  async render(preview: DutyPreview, format: 'csv' | 'xlsx'): Promise<RenderedFile> {
    const fileName = previewFileName(preview, format);
    const body = format === 'csv' ? previewCsv(preview) : await previewXlsx(preview);
    const contentType = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return { body, contentType, fileName, disposition: attachmentDisposition(fileName) };
  }
}
