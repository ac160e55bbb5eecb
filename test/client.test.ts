// The GitHub client is built without @actions/github's getOctokit: these hold it to what that set up
// (the API address, the runner's proxy, the token, the orchestration id), against local servers.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/github/client.js';

const saved = { ...process.env };
const servers: Server[] = [];

afterEach(() => {
  process.env = { ...saved };
  for (const server of servers.splice(0)) server.close();
});

interface Recorder {
  url: string;
  /** `CONNECT host:port` for a tunnel asked of it as a proxy, else `METHOD path`. */
  seen: string[];
  headers: IncomingHttpHeaders[];
}

/** A server answering every request with `{"ok":true}`; as a proxy, it tunnels to itself. */
async function recorder(): Promise<Recorder> {
  const record: Recorder = { url: '', seen: [], headers: [] };
  const server = createServer((req, res) => {
    record.seen.push(`${req.method} ${req.url}`);
    record.headers.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  });
  server.on('connect', (req, socket) => {
    record.seen.push(`CONNECT ${req.url}`);
    const inner = connect((server.address() as AddressInfo).port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      inner.pipe(socket).pipe(inner);
    });
  });
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  record.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return record;
}

describe('the GitHub client', () => {
  it("talks to GITHUB_API_URL through the runner's proxy, with the token and the orchestration id", async () => {
    const proxy = await recorder();
    process.env.GITHUB_API_URL = 'http://ghes.example.test/api/v3';
    process.env.http_proxy = proxy.url;
    process.env.no_proxy = '';
    process.env.ACTIONS_ORCHESTRATION_ID = 'run 42/attempt 1';
    const response = await createClient('secret-token', { timeoutMs: 5000 }).request('GET /repos/{owner}/{repo}', { owner: 'dime', repo: 'requests' });
    expect(response.data).toEqual({ ok: true });
    expect(proxy.seen).toEqual(['CONNECT ghes.example.test:80', 'GET /api/v3/repos/dime/requests']);
    expect(proxy.headers[0]!.authorization).toBe('token secret-token');
    expect(proxy.headers[0]!['user-agent']).toMatch(/^actions_orchestration_id\/run_42_attempt_1 octokit-core\.js\//);
  });

  it('goes straight to a host no_proxy names', async () => {
    const proxy = await recorder();
    const github = await recorder();
    process.env.GITHUB_API_URL = github.url;
    process.env.http_proxy = proxy.url;
    process.env.no_proxy = '127.0.0.1';
    await createClient('t', { timeoutMs: 5000 }).request('GET /x');
    expect(proxy.seen).toEqual([]);
    expect(github.seen).toEqual(['GET /x']);
  });
});
