/**
 * The server's commands besides serving (npm run workshop-live -- <command>):
 *
 *   token    --room checkout --role viewer|participant|facilitator --hours 4
 *            prints a signed room token (needs WORKSHOP_SECRET, the servers' secret)
 *   restore  --server ws://host:1234 --room checkout --token <facilitator token> --file saved.json
 *            puts the room back to a saved journey (a facilitator's token; the server refuses others)
 */
import { readFileSync } from 'node:fs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { isRole } from './roles';
import { signRoomToken } from './tokens';

export class UsageError extends Error {}

function flags(args: string[]): Map<string, string> {
  const result = new Map<string, string>();
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i];
    const value = args[i + 1];
    if (!name?.startsWith('--') || value === undefined) throw new UsageError(`expected --name value pairs, got ${JSON.stringify(args.slice(i).join(' '))}`);
    result.set(name.slice(2), value);
  }
  return result;
}

function required(options: Map<string, string>, name: string): string {
  const value = options.get(name);
  if (!value) throw new UsageError(`--${name} is required`);
  return value;
}

export async function tokenCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const options = flags(args);
  const secret = env.WORKSHOP_SECRET?.trim();
  if (!secret) throw new UsageError('Set WORKSHOP_SECRET (the secret the servers share) to sign tokens');
  const role = options.get('role') ?? 'participant';
  if (!isRole(role)) throw new UsageError(`--role: expected viewer, participant or facilitator, got ${JSON.stringify(role)}`);
  const hours = Number(options.get('hours') ?? '4');
  return signRoomToken({ room: required(options, 'room'), role, hours }, secret);
}

/** Sends the restore command as a facilitator and waits for the server's answer. */
export async function restoreCommand(args: string[]): Promise<string> {
  const options = flags(args);
  const journey: unknown = JSON.parse(readFileSync(required(options, 'file'), 'utf8'));
  const doc = new Y.Doc();
  let provider: HocuspocusProvider | undefined;
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer from the server within 15 s')), 15_000);
      provider = new HocuspocusProvider({
        url: required(options, 'server'),
        name: required(options, 'room'),
        token: required(options, 'token'),
        document: doc,
        ...({ WebSocketPolyfill: WebSocket } as object),
        onAuthenticationFailed: ({ reason }) => reject(new Error(`refused: ${reason}`)),
        onSynced: () => provider?.sendStateless(JSON.stringify({ command: 'restore', requestId: 'cli', journey })),
        onStateless: ({ payload }) => {
          const reply = JSON.parse(payload) as { command?: string; ok?: boolean; error?: string };
          if (reply.command !== 'restore') return;
          clearTimeout(timer);
          if (reply.ok) resolve('restored');
          else reject(new Error(reply.error ?? 'refused'));
        },
      });
    });
  } finally {
    provider?.destroy();
    doc.destroy();
  }
}
