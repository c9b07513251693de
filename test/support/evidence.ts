import { ApiClient } from './api-client';

/** A small but real PDF (one blank A4 page, a correct cross-reference table): what a scanner or a word processor would hand over. */
export const EVIDENCE_PDF: Buffer = (() => {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
})();

/** Uploads one evidence file to a duty as its responsible leader (multipart, field `file`), as the console does. */
export async function uploadEvidence(api: ApiClient, dutyId: string, fileName = '会议记录.pdf', content: Buffer = EVIDENCE_PDF) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'application/pdf' }), fileName);
  const response = await fetch(`${api.baseUrl}/duties/${dutyId}/evidence`, { method: 'POST', headers: api.authorization, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

/**
 * Records a duty done the way its template asks: a template asking a file (minutes, a report…) cannot be
 * completed without one, so a PDF is uploaded first.
 */
export async function completeWithEvidence(api: ApiClient, dutyId: string, body: { heldOn: string; note: string; counterpartPersonId?: string }) {
  const uploaded = await uploadEvidence(api, dutyId);
  if (uploaded.status !== 201) throw new Error(`上传佐证材料失败（${uploaded.status}）：${JSON.stringify(uploaded.body)}`);
  return api.post(`/duties/${dutyId}/completion`, body);
}
