/**
 * The demo's security-review step: demo/review-sample is a small order service (a Java servlet and
 * repository, a Flask export script) with one planted vulnerability, a request parameter that reaches
 * a SQL statement through another class. `rampart review` finds it with its flow and fails the gate;
 * with the query parameterized, the same review passes.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunRampart } from './secrets-demo';

const SAMPLE = join(__dirname, 'review-sample');
const REPOSITORY = 'src/main/java/com/acme/orders/OrderRepository.java';
const PLANTED = `      Statement statement = connection.createStatement();
      String filter = "SELECT id, total FROM orders WHERE status = '" + status + "'";
      collect(statement.executeQuery(filter), lines);`;
const FIXED = `      PreparedStatement byStatus = connection.prepareStatement("SELECT id, total FROM orders WHERE status = ?");
      byStatus.setString(1, status);
      collect(byStatus.executeQuery(), lines);`;

export function reviewDemo(env: NodeJS.ProcessEnv, rampart: RunRampart): boolean {
  const work = join(mkdtempSync(join(tmpdir(), 'rampart-demo-review-')), 'orders');
  cpSync(SAMPLE, work, { recursive: true });
  process.stdout.write('  the planted vulnerability: the status filter is built into the SQL text\n');
  if (rampart(['review', '--path', '.'], env, work) !== 1) {
    process.stdout.write('  expected the review to fail on the planted SQL injection\n');
    return false;
  }
  const file = join(work, REPOSITORY);
  writeFileSync(file, readFileSync(file, 'utf8').replace(PLANTED, FIXED));
  process.stdout.write('  the fix: the status is a bind parameter of a prepared statement\n');
  return rampart(['review', '--path', '.'], env, work) === 0;
}
