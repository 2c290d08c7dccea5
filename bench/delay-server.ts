/**
 * A target with a known latency distribution for `npm run bench:load`: request n is held 200 ms when
 * n % 5 == 4, else 20 ms (80% / 20%). It records how long it held each request, the truth the
 * generator's percentiles are compared with; GET /__held returns those times (ms) as JSON.
 * Usage: tsx bench/delay-server.ts PORT
 */
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

const held: number[] = [];
let count = 0;
const server = createServer((request, response) => {
  request.resume();
  if (request.url === '/__held') {
    response.end(JSON.stringify(held));
    return;
  }
  const started = performance.now();
  const delayMs = count++ % 5 === 4 ? 200 : 20;
  setTimeout(() => {
    response.end('ok');
    held.push(performance.now() - started);
  }, delayMs);
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('listening\n'));
