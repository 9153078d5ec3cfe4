import { generate } from 'selfsigned';
import { CLIO_HOSTS } from '../../lib/clio/regions.ts';

export interface Certificate {
  key: string;
  cert: string;
}

/** A throwaway certificate for Clio's regional hosts and loopback, valid for a week. */
export async function throwawayCertificate(): Promise<Certificate> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'app.clio.com' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + 7 * 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CLIO_HOSTS.map((host) => ({ type: 2 as const, value: host })),
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
