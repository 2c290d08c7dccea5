import { SecretScanner } from './src/secrets/engine';
import { BUILT_IN_RULES } from './src/secrets/rules';
const adversarial = 'password=' + 'a='.repeat(50000) + 'x';
for (const rule of BUILT_IN_RULES) {
  const one = new SecretScanner([rule]);
  for (const line of [adversarial, rule.keywords.join('').repeat(100000 / Math.max(1, rule.keywords.join('').length)), (rule.keywords[0] ?? 'x').repeat(100000 / (rule.keywords[0]?.length ?? 1))]) {
    const t = performance.now();
    one.scan({ lines: [line], originOf: () => ({ path: 'x', line: 1 }) });
    const ms = performance.now() - t;
    if (ms > 5) console.log(rule.id, line.slice(0, 20), ms.toFixed(1));
  }
}
