/**
 * The participants of `bench:collab -- --servers N`, spread over several Node processes
 * (clientProcess.ts): one process holding 90 replicas applies 16,200 Yjs updates a second and
 * saturates its core before the servers do. Each process gets a slice of the clients (and of the
 * servers, round robin), edits at the same wall-clock start, and reports over IPC.
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { wallClock } from './clientProtocol';
import type { ClientProcessConfig, FromClientProcess, ToClientProcess } from './clientProtocol';

type Edited = Extract<FromClientProcess, { type: 'edited' }>;
type Final = Extract<FromClientProcess, { type: 'final' }>;

export interface ClientProcessesOptions {
  /** One server URL per client. */
  urls: string[];
  processes: number;
  room: string;
  token: string;
  rate: number;
  seconds: number;
}

export interface EditingDone {
  edits: number;
  skipped: number;
  /** Wall-clock ms (wallClock()) of the last edit of any process. */
  lastEdit: number;
  maxBehindMs: number;
}

export interface FinalReport {
  /** Each process' first replica's journey as written. */
  journeys: string[];
  /** Every replica of every process holds the same journey. */
  identical: boolean;
  valid: boolean;
  acknowledged: number[];
  crossServer: number[];
  unacknowledged: number;
}

export interface ClientProcesses {
  pids: number[];
  /** Starts editing at wall-clock `at` in every process; resolves when all have made their last edit. */
  edit(at: number): Promise<EditingDone>;
  /** Wall-clock ms from which every replica in every process held the same state, or NaN after `limitMs`. */
  converged(limitMs: number): Promise<number>;
  finish(): Promise<FinalReport>;
  /** Ends the processes without a report (on failure). */
  kill(): void;
}

/** Contiguous slices, one a process; the URLs alternate servers, so each slice spans them. */
function slices<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((slice) => slice.length > 0);
}

export async function startClientProcesses(options: ClientProcessesOptions): Promise<ClientProcesses> {
  const parts = slices(options.urls, options.processes);
  const children: ChildProcess[] = [];
  const inbox: FromClientProcess[][] = parts.map(() => []);
  const listeners = new Set<() => void>();
  let failure: Error | null = null;
  let finishing = false;
  const changed = () => listeners.forEach((listener) => listener());
  let firstClient = 0;
  parts.forEach((urls, i) => {
    const config: ClientProcessConfig = { urls, room: options.room, token: options.token, rate: options.rate, seconds: options.seconds, firstClient };
    firstClient += urls.length;
    const child = fork('bench/collab/clientProcess.ts', [JSON.stringify(config)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message: FromClientProcess) => {
      (inbox[i] as FromClientProcess[]).push(message);
      changed();
    });
    child.on('exit', (code, signal) => {
      if (!finishing) {
        failure ??= new Error(`client process ${i + 1} exited during the benchmark (code ${code}, signal ${signal})`);
        changed();
      }
    });
    children.push(child);
  });

  /** Resolves when `ready` returns a value, rejects when a process failed or after `limitMs` (resolving `timedOut` instead, when given). */
  const until = <T>(ready: () => T | undefined, limitMs: number, timedOut?: T) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = failure ? undefined : ready();
        if (failure || value !== undefined) {
          listeners.delete(check);
          clearTimeout(timer);
          if (failure) reject(failure);
          else resolve(value as T);
        }
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        if (timedOut !== undefined) resolve(timedOut);
        else reject(new Error(`client processes: no answer within ${limitMs / 1000} s`));
      }, limitMs);
      listeners.add(check);
      check();
    });
  const fromEach = <K extends FromClientProcess['type']>(type: K) => {
    const found = inbox.map((messages) => messages.find((m) => m.type === type));
    return found.every(Boolean) ? (found as Extract<FromClientProcess, { type: K }>[]) : undefined;
  };
  const tell = (message: ToClientProcess) => children.forEach((child) => child.send(message));
  const kill = () => children.forEach((child) => child.exitCode === null && child.kill('SIGKILL'));
  process.on('exit', kill);

  try {
    await until(() => fromEach('synced'), 180_000);
  } catch (error) {
    kill();
    throw error;
  }

  return {
    pids: children.map((child) => child.pid as number),
    async edit(at) {
      tell({ type: 'start', at });
      const edited: Edited[] = await until(() => fromEach('edited'), (at - wallClock()) + options.seconds * 1000 + 600_000);
      return {
        edits: edited.reduce((sum, e) => sum + e.edits, 0),
        skipped: edited.reduce((sum, e) => sum + e.skipped, 0),
        lastEdit: Math.max(...edited.map((e) => e.lastEdit)),
        maxBehindMs: Math.max(...edited.map((e) => e.maxBehindMs)),
      };
    },
    converged(limitMs) {
      return until(() => {
        const latest = inbox.map((messages) => [...messages].reverse().find((m) => m.type === 'agreed'));
        const first = latest[0];
        if (first?.type !== 'agreed' || !latest.every((m) => m?.type === 'agreed' && m.vector === first.vector)) return undefined;
        return Math.max(...latest.map((m) => (m?.type === 'agreed' ? m.at : Number.NaN)));
      }, limitMs, Number.NaN);
    },
    async finish() {
      finishing = true;
      tell({ type: 'finish' });
      const finals: Final[] = await until(() => fromEach('final'), 120_000);
      await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
      const journeys = finals.map((f) => f.journey);
      return {
        journeys,
        identical: finals.every((f) => f.identical) && journeys.every((j) => j === journeys[0]),
        valid: finals.every((f) => f.valid),
        acknowledged: finals.flatMap((f) => f.acknowledged),
        crossServer: finals.flatMap((f) => f.crossServer),
        unacknowledged: finals.reduce((sum, f) => sum + f.unacknowledged, 0),
      };
    },
    kill,
  };
}
