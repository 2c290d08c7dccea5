/**
 * The demo's system under test: a small checkout API. GET /health answers at once; POST /orders takes
 * 5 to 25 ms (201), or 900 ms to 1.1 s with SAMPLE_API_SLOW=1, the regression the gate must stop.
 * Usage: tsx demo/sample-api.ts PORT
 */
import { createServer } from 'node:http';

const slow = process.env.SAMPLE_API_SLOW === '1';

const server = createServer((request, response) => {
  request.resume();
  if (request.method === 'GET' && request.url === '/health') {
    response.end('ok');
    return;
  }
  if (request.method === 'POST' && request.url === '/orders') {
    const delayMs = slow ? 900 + Math.random() * 200 : 5 + Math.random() * 20;
    setTimeout(() => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end('{"order":"accepted"}');
    }, delayMs);
    return;
  }
  response.writeHead(404);
  response.end();
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.argv[2]), '127.0.0.1', () => process.stdout.write('listening\n'));
