import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent, request } from 'node:https';

/**
 * The sandbox's certificate is a throwaway one; on loopback there is nothing to verify it against.
 * No keep-alive: a pooled socket the server has just timed out answers the next request with a reset.
 */
const agent = new Agent({ keepAlive: false, rejectUnauthorized: false });
/** The in-process sandbox of unit tests speaks plain HTTP. */
const plainAgent = new HttpAgent({ keepAlive: false });

export interface LoopbackResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A bare request to the sandbox (HTTPS, or HTTP in process), with no client library in between. */
export function loopbackRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<LoopbackResponse> {
  const plain = url.startsWith('http:');
  const send = plain ? httpRequest : request;
  const options = { method: init.method ?? 'GET', headers: init.headers, agent: plain ? plainAgent : agent };
  return new Promise((resolve, reject) => {
    const req = send(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

export async function loopbackJson<T>(url: string, init?: Parameters<typeof loopbackRequest>[1]): Promise<T> {
  const response = await loopbackRequest(url, init);
  if (response.status >= 400)
    throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${response.body}`);
  return JSON.parse(response.body) as T;
}
