// The ceiling of any gateway that shares identical reads in flight, for `npm run bench`: an HTTP
// server with no GraphQL and no logic that answers every request from one upstream GET, revalidated
// with If-None-Match and shared by all requests that arrive while it is in flight, as the gateway's
// client does. Under a closed-loop load of identical queries those requests finish together and
// come back together, so the rounds themselves, not the work in them, bound the throughput.
import { createServer } from 'node:http';
import { sharedRevalidation } from './shared-revalidation.mjs';

const { UPSTREAM_URL: upstreamUrl, UPSTREAM_TOKEN: token, PORT: port } = process.env;
const upstream = sharedRevalidation(upstreamUrl, token);

createServer((req, res) => {
  req.resume();
  req.on('end', async () => {
    try {
      const body = JSON.stringify({ data: { todo: { title: (await upstream.read()).title } } });
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error) }] }));
    }
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
