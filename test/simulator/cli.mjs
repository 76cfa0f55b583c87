#!/usr/bin/env node
// `npm run simulator [-- --port N]`: start the simulated Amazon Connect
// instance and keep it up until Ctrl-C.

import { parseArgs } from 'node:util';
import { startSimulator } from './server.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'outbound-answer-ms': { type: 'string', default: '800' },
    'inactivity-timeout-ms': { type: 'string', default: '0' },
    'expiry-warning-ms': { type: 'string', default: '0' },
    'test-host': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: node test/simulator/cli.mjs [--port N] [--host H] [--outbound-answer-ms MS]
       [--inactivity-timeout-ms MS [--expiry-warning-ms MS]] [--test-host] [--quiet]

  --port N                 listen on N (default 8787; 0 picks a free port)
  --host H                 bind address (default 127.0.0.1)
  --outbound-answer-ms MS  how long an outbound call rings before the customer answers
  --inactivity-timeout-ms MS  sign the agent out after MS without connect.sendActivity() (default 0: never)
  --expiry-warning-ms MS   publish the expiration warning MS before that sign-out
  --test-host              also serve /test-host/, a plain page running the real Streams
  --quiet                  do not print each request`);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be 0-65535, not "${values.port}"`);
  process.exit(2);
}

const sim = await startSimulator({
  port,
  host: values.host,
  outboundAnswerMs: Number(values['outbound-answer-ms']),
  inactivityTimeoutMs: Number(values['inactivity-timeout-ms']),
  expiryWarningMs: Number(values['expiry-warning-ms']),
  testHost: values['test-host'],
  log: !values.quiet,
});

console.log(`Simulated Amazon Connect instance
  CCP:          ${sim.ccpUrl}
  Control page: ${sim.controlUrl}
  Control API:  ${sim.origin}/control/api/  (POST inbound|hangup|ring-out|agent-state|session|session-timeout|reset, GET state|requests|media)
  Login page:   ${sim.origin}/login${values['test-host'] ? `\n  Test host:    ${sim.origin}/test-host/` : ''}
Ctrl-C to stop.`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    await sim.close();
    process.exit(0);
  });
}
