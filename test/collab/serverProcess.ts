/**
 * The workshop server as its own process (examples/workshop-live/server.ts, as `npm run
 * workshop-live` starts it), for attacks that would take a server down with it, for `kill -9`,
 * and to read its memory and its log. ATTACK_SERVER_SCRIPT points the attacks at another server
 * script (e.g. an older version, to see them fail there).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort } from '../../scripts/live-services';
import { TOKEN } from './harness';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  log(): string;
  /** Exit code, or null while it runs (a signal's name once killed by one). */
  exit: number | string | null;
  /** Resident memory, MB. */
  rssMb(): number;
  /** SIGTERM (a clean stop) unless told otherwise; resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', process.env.ATTACK_SERVER_SCRIPT ?? 'examples/workshop-live/server.ts'], {
    // A port from LIVE_PORTS when set (machines where tests must keep to a range), else any free one.
    env: { ...process.env, WORKSHOP_TOKEN: TOKEN, PORT: process.env.LIVE_PORTS ? String(await freePort()) : '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: ServerProcess = {
    url: '',
    child,
    log: () => output,
    exit: null,
    rssMb() {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : Number.NaN;
    },
    async stop(signal = 'SIGTERM') {
      if (server.exit === null) child.kill(signal);
      await exited;
    },
  };
  child.once('exit', (code, signal) => (server.exit = signal ?? code));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /on (ws:\/\/\S+)/.exec(output);
      if (match) resolve(match[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    setTimeout(() => reject(new Error(`server did not start within 20 s: ${output}`)), 20_000).unref();
  });
  return server;
}
