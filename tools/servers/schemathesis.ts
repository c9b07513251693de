import { ensurePipTool } from './python';

/**
 * Schemathesis, the schema-driven API tester of the OpenAPI conformance test: installed once from PyPI into
 * a virtual environment in the cache (outside the repository), then reused.
 *
 * Order: $SCHEMATHESIS (an `st` executable, must exist) → cached `<cache>/schemathesis/4.32.5/venv/bin/st`
 * → create that venv with Python 3.10+ (`python3.11`, `python3`) and `pip install schemathesis==4.32.5`.
 */

export const SCHEMATHESIS_VERSION = '4.32.5';
export function ensureSchemathesis(): Promise<string> {
  return ensurePipTool({ label: 'Schemathesis', envVar: 'SCHEMATHESIS', name: 'schemathesis', version: SCHEMATHESIS_VERSION, requirement: `schemathesis==${SCHEMATHESIS_VERSION}`, executable: 'st' });
}
