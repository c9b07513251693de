import { DefaultLogger, Runtime } from '@temporalio/worker';

// Workers and the test server log at INFO by default; tests want warnings only.
Runtime.install({ logger: new DefaultLogger('WARN') });
