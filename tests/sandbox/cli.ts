import { parseArgs } from 'node:util';
import { DEMO_APP } from './oauth/demo-app.ts';
import { startSandbox } from './server.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    seed: { type: 'string' },
    port: { type: 'string' },
    today: { type: 'string' },
    tls: { type: 'boolean', default: false },
  },
});

const number = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw));

const sandbox = await startSandbox({
  size: number(values.size),
  seed: number(values.seed),
  port: number(values.port),
  today: values.today,
  tls: values.tls,
});

console.log(`Clio sandbox listening on ${sandbox.url}`);
console.log(`  seed ${sandbox.state.seed}, ${sandbox.state.size} bills, today ${sandbox.state.clock.today}`);
console.log(`  OAuth client_id ${DEMO_APP.clientId}, client_secret ${DEMO_APP.clientSecret}`);
console.log(`  control endpoint ${sandbox.url}/__sandbox/state`);
if (values.tls) {
  console.log(
    `  try: curl -k --resolve app.clio.com:${sandbox.port}:127.0.0.1 https://app.clio.com:${sandbox.port}/oauth/authorize?...`,
  );
}
console.log('Press Ctrl-C to stop.');

process.on('SIGINT', () => {
  void sandbox.close().then(() => process.exit(0));
});
