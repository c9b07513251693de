import { Workbook } from 'exceljs';
import mammoth from 'mammoth';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Reads back the files the API hands out, with the libraries people's tools are built on. */

/** Text of a PDF as pdf-parse (pdf.js) reads it, in a plain Node child (pdf.js's worker is an ES module jest refuses). */
export function pdfText(pdf: Buffer): Promise<string> {
  const script = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
  const result = await parser.getText();
  process.stdout.write(JSON.stringify({ text: result.text, pages: result.total }));
  await parser.destroy();
});`;
  return new Promise((resolvePromise, reject) => {
    const child = execFile(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolvePromise((JSON.parse(stdout) as { text: string }).text),
    );
    child.stdin?.end(pdf);
  });
}

/** A workbook from its bytes. */
export async function readWorkbook(xlsx: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}

/** The text of a .docx, paragraph by paragraph, as mammoth reads it. */
export async function docxText(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

/** Line wrapping may split any phrase: compare with all whitespace removed. */
export const flat = (s: string) => s.replace(/\s+/g, '');

/** Keeps a file a test produced under .data/documents/<test>/ for people to open and look at. */
export function keepDocument(test: string, name: string, content: Buffer): string {
  const dir = resolve(__dirname, '../../.data/documents', test);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** GETs a file from the API as the given client: status, content type, disposition and bytes. */
export async function download(api: { baseUrl: string; authorization: Record<string, string> }, path: string) {
  const response = await fetch(`${api.baseUrl}${path}`, { headers: api.authorization });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}
