import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureS3Server, ensureSchemathesis, ensureTestServer, startPostgres, startS3Server, startTemporalDevServer } from '../../tools/servers';

type Stop = () => Promise<void>;
const stops: Stop[] = [];
(globalThis as { __dubanStops?: Stop[] }).__dubanStops = stops;

/**
 * Real servers for the integration project, started once: PostgreSQL (unless DATABASE_URL points at one),
 * the Temporal dev server, an S3-compatible server (moto), the path of the time-skipping test server and of
 * Schemathesis (`st`). Test files read them from env.
 */
export default async function globalSetup(): Promise<void> {
  const jobs: Promise<void>[] = [];
  if (!process.env.DUBAN_TEST_DATABASE_URL) {
    jobs.push(
      (async () => {
        const pg = await startPostgres({ dataDir: mkdtempSync(join(tmpdir(), 'duban-test-pg-')) });
        stops.push(pg.stop);
        process.env.DUBAN_TEST_DATABASE_URL = pg.url;
      })(),
    );
  }
  if (!process.env.DUBAN_TEST_TEMPORAL_ADDRESS) {
    jobs.push(
      (async () => {
        const temporal = await startTemporalDevServer({ uiPort: null });
        stops.push(temporal.stop);
        process.env.DUBAN_TEST_TEMPORAL_ADDRESS = temporal.address;
      })(),
    );
  }
  if (!process.env.DUBAN_TEST_SERVER_PATH) {
    jobs.push(ensureTestServer().then((path) => void (process.env.DUBAN_TEST_SERVER_PATH = path)));
  }
  if (!process.env.DUBAN_TEST_SCHEMATHESIS) {
    jobs.push(ensureSchemathesis().then((path) => void (process.env.DUBAN_TEST_SCHEMATHESIS = path)));
  }
  if (!process.env.DUBAN_TEST_S3_ENDPOINT) {
    jobs.push(
      (async () => {
        const s3 = await startS3Server(await ensureS3Server());
        stops.push(s3.stop);
        process.env.DUBAN_TEST_S3_ENDPOINT = s3.endpoint;
      })(),
    );
  }
  await Promise.all(jobs);
}
