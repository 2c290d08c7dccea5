import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeployResults } from '../../src/deploy/types';
import { emptyMeasurements, recordRequest, serialize } from '../../src/load-test/metrics';
import type { LoadTestResult } from '../../src/load-test/result';
import { parseThreshold } from '../../src/load-test/thresholds';

/** What `rampart deploy --results` writes for a wave in which one tenant failed and one was skipped. */
export function deployResults(): DeployResults {
  const tenant = { accountId: '111111111111', outputs: {}, changes: [], durationMs: 1200 };
  return {
    app: 'shop',
    mode: 'deploy',
    tenants: [
      { ...tenant, id: 'alpha', region: 'us-east-1', wave: 1, stackName: 'shop-alpha', status: 'deployed' },
      {
        ...tenant,
        id: 'beta',
        region: 'eu-west-1',
        wave: 2,
        stackName: 'shop-beta',
        status: 'failed',
        error: 'UPDATE_ROLLBACK_COMPLETE: Bucket shop-beta-assets already exists',
      },
      { ...tenant, id: 'gamma', region: 'eu-west-1', wave: 3, stackName: 'shop-gamma', status: 'skipped' },
    ],
    summary: { deployed: 1, unchanged: 0, failed: 1, skipped: 1, rolledBack: 0, planned: 0 },
  };
}

/**
 * What `rampart load-test run --out` writes: 1,000 requests of 1..100 ms, every 20th failing, judged
 * by p(95)<500 (passes) and rate<0.01 on failures (fails at 5%).
 */
export function loadTestResult(): LoadTestResult {
  const measurements = emptyMeasurements();
  for (let second = 0; second < 10; second++) {
    for (let index = 0; index < 100; index++) {
      const kind = index % 20 === 0 ? 'unexpected-status' : 'ok';
      recordRequest(measurements, { kind, latencyMs: index + 1, second, checked: true });
    }
  }
  measurements.durationMs = 10_000;
  return {
    tool: 'rampart',
    kind: 'load-test-result',
    version: 1,
    engine: 'local',
    scenario: {
      name: 'checkout-api',
      target: 'https://staging.example.com',
      executor: 'constant-arrival-rate',
      thresholds: [
        parseThreshold('http_req_duration', 'p(95)<500'),
        parseThreshold('http_req_failed', 'rate<0.01'),
      ],
    },
    startedAt: '2024-05-01T10:00:00.000Z',
    measurements: serialize(measurements),
  };
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}
