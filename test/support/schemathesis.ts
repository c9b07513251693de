import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The checks of the conformance test: what a client generated from the document relies on. */
export const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
  'positive_data_acceptance',
  'negative_data_rejection',
];

export interface SchemathesisRun {
  /** Operations tested. */
  operations: string[];
  /** One line per finding: `<operation>: <code> <title>` followed by its details. */
  findings: { operation: string; code: string; title: string; details: string }[];
  /** Problems of the run itself (a schema it could not read, an operation it could not generate for). */
  errors: { operation: string; text: string }[];
  durationMs: number;
  output: string;
}

export interface SchemathesisOptions {
  /** The API's base URL; the document is read from `<baseUrl>/api/openapi.json`. */
  baseUrl: string;
  token: string;
  /** Only these paths (exact), or every path but these; or only these operations (`METHOD /path`). */
  includePaths?: string[];
  includeNames?: string[];
  excludePaths?: string[];
  maxExamples: number;
  /** Test phases: `examples`, `coverage` (boundary values of every constraint), `fuzzing`. */
  phases: ('examples' | 'coverage' | 'fuzzing')[];
  workers: number;
  /** The run is stopped (and fails) past this. */
  timeoutMs: number;
  configFile: string;
  seed: number;
}

/**
 * Hypothesis (under Schemathesis) can trip over itself when two workers describe their strategies at once
 * ("AST constructor recursion depth mismatch"): a fault of the tool, not of the API. The operations it hit are
 * run again, alone, with one worker; whatever that run finds stands.
 */
const TOOL_RACE = /AST constructor recursion depth mismatch/;

/** Runs Schemathesis (provisioned by the global setup as DUBAN_TEST_SCHEMATHESIS) and reads its JUnit report. */
export async function runSchemathesis(options: SchemathesisOptions): Promise<SchemathesisRun> {
  const run = await runOnce(options);
  const raced = [...new Set(run.errors.filter((e) => TOOL_RACE.test(e.text)).map((e) => e.operation))];
  if (raced.length === 0) return run;
  const again = await runOnce({ ...options, includePaths: undefined, excludePaths: undefined, includeNames: raced, workers: 1 });
  return {
    operations: run.operations,
    findings: [...run.findings.filter((f) => !raced.includes(f.operation)), ...again.findings],
    errors: [...run.errors.filter((e) => !raced.includes(e.operation)), ...again.errors],
    durationMs: run.durationMs + again.durationMs,
    output: `${run.output}\n${again.output}`,
  };
}

async function runOnce(options: SchemathesisOptions): Promise<SchemathesisRun> {
  const st = process.env.DUBAN_TEST_SCHEMATHESIS;
  if (!st) throw new Error('DUBAN_TEST_SCHEMATHESIS 未设置：需经 jest 的 global setup 安装 Schemathesis');
  const reportDir = mkdtempSync(join(tmpdir(), 'duban-schemathesis-'));
  const args = [
    '--config-file', options.configFile,
    'run', `${options.baseUrl}/api/openapi.json`,
    '--header', `Authorization: Bearer ${options.token}`,
    '--checks', CHECKS.join(','),
    '--max-examples', String(options.maxExamples),
    '--phases', options.phases.join(','),
    '--workers', String(options.workers),
    // The API refuses NUL in any text (stated in the document's description); not a case to generate.
    '--generation-allow-x00', 'false',
    '--generation-database', 'none',
    '--request-timeout', '20',
    '--report', 'junit', '--report-dir', reportDir,
    '--no-color',
    '--seed', String(options.seed),
    ...(options.includePaths ?? []).flatMap((path) => ['--include-path', path]),
    ...(options.excludePaths ?? []).flatMap((path) => ['--exclude-path', path]),
    ...(options.includeNames ?? []).flatMap((name) => ['--include-name', name]),
  ];
  const started = Date.now();
  const output = await new Promise<string>((resolve, reject) => {
    // In the report's temp dir: Schemathesis keeps its crash files under `.schemathesis/` of its working dir.
    const child = spawn(st, args, { cwd: reportDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Schemathesis 超过 ${options.timeoutMs / 1000}s 未结束，已停止；最后输出：\n${text.slice(-4000)}`));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(text);
    });
  });
  try {
    const report = readdirSync(reportDir).find((name) => name.endsWith('.xml'));
    if (!report) throw new Error(`Schemathesis 没有生成 JUnit 报告：\n${output.slice(-4000)}`);
    return { ...readJunit(readFileSync(join(reportDir, report), 'utf8')), durationMs: Date.now() - started, output };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** Each `<testcase>` is an operation; each `- STxxx Title` line in its `<failure>` is a finding. */
function readJunit(xml: string): Pick<SchemathesisRun, 'operations' | 'findings' | 'errors'> {
  const run: Pick<SchemathesisRun, 'operations' | 'findings' | 'errors'> = { operations: [], findings: [], errors: [] };
  for (const match of xml.matchAll(/<testcase name="([^"]*)"[^>]*?(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const operation = unescapeXml(match[1]);
    // Besides one test case per operation, the report has one for the stateful phase as a whole.
    if (/^[A-Z]+ \//.test(operation)) run.operations.push(operation);
    const body = unescapeXml(match[2] ?? '');
    for (const failure of body.matchAll(/<failure[^>]*>([\s\S]*?)<\/failure>/g)) {
      for (const finding of failure[1].split(/\n(?=\d+\. Test Case ID)/)) {
        for (const line of finding.matchAll(/^- (ST\d+) (.+)$/gm)) {
          run.findings.push({ operation, code: line[1], title: line[2], details: finding.trim().slice(0, 1500) });
        }
      }
    }
    for (const error of body.matchAll(/<error[^>]*>([\s\S]*?)<\/error>/g)) run.errors.push({ operation, text: error[1].trim().slice(0, 1500) });
  }
  return run;
}

/** A finding per line, for a failing assertion to show. */
export function describeFindings(run: SchemathesisRun): string[] {
  return [...run.findings.map((f) => `${f.operation}: ${f.code} ${f.title}\n${f.details}`), ...run.errors.map((e) => `${e.operation}: ${e.text}`)];
}
