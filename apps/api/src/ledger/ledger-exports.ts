import { DubanConfig } from '@duban/config';
import { Ledger, ledgerFileName } from '@duban/domain';
import { renderLedgerPdf } from '@duban/notifications';
import { Inject, Injectable } from '@nestjs/common';
import { DUBAN_CONFIG } from '../config/config.module';
import { attachmentDisposition } from '../preview/preview-columns';
import { ledgerXlsx } from './ledger-xlsx';

export interface LedgerFile {
  body: Buffer;
  contentType: string;
  disposition: string;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Turns a ledger into a file to download: Excel, or the PDF ledger. */
@Injectable()
export class LedgerExports {
  constructor(@Inject(DUBAN_CONFIG) private readonly config: DubanConfig) {}

  async render(ledger: Ledger, format: 'xlsx' | 'pdf'): Promise<LedgerFile> {
    const body = format === 'xlsx' ? await ledgerXlsx(ledger, this.config.timeZone) : await renderLedgerPdf(ledger, this.config.timeZone);
    return { body, contentType: format === 'xlsx' ? XLSX_TYPE : 'application/pdf', disposition: attachmentDisposition(ledgerFileName(ledger, format)) };
  }
}
