/**
 * Room commands: things a client asks the server to do that are not edits of the shared journey.
 * A client sends one as a Hocuspocus stateless message (JSON); the server checks the sender's role
 * (the connection's context, from its token) against the permission the command declares, and
 * answers on the same connection:
 *
 *   → {"command":"restore","requestId":"r1","journey":{…a journey document…}}
 *   ← {"command":"restore","requestId":"r1","ok":true}
 *   ← {"command":"restore","requestId":"r1","ok":false,"error":"needs the facilitator role"}
 *
 * `restore` (facilitator only): puts the whole room back to a saved journey (a snapshot the
 * facilitator kept: an exported JSON file, `npm run workshop-live -- restore …`). It is validated
 * with parseJourney, written as ordinary Yjs changes (so every replica, on every server, follows),
 * and stored before the answer.
 *
 * Rating rounds are not commands: the facilitator's page writes the round's state into the shared
 * document (journey-canvas/collab's startRatingRound, revealRatingRound, endRatingRound), so it
 * also works without a server, and the server refuses that write from anyone whose role lacks
 * `runRatingRounds` (roles.ts) before applying it (roundGuard.ts).
 */
import type { Extension, onStatelessPayload } from '@hocuspocus/server';
import type * as Y from 'yjs';
import { parseJourney } from 'journey-canvas/model';
import { writeJourneyToYDoc } from 'journey-canvas/collab';
import { can, isRole } from './roles';
import type { Permission } from './roles';

/** A restore carries a whole journey; anything longer is refused before JSON.parse. */
export const MAX_COMMAND_CHARS = 8 * 1024 * 1024;
/** The origin of a command's writes: the server's own change, stored by the persistence. */
export const COMMAND_ORIGIN = { workshopCommand: true };

export type CommandReply = { ok: true } | { ok: false; error: string };

export interface RoomCommand {
  permission: Permission;
  run(args: { document: Y.Doc; room: string; request: Record<string, unknown> }): CommandReply | Promise<CommandReply>;
}

export const ROOM_COMMANDS: Record<string, RoomCommand> = {
  restore: {
    permission: 'restoreSnapshot',
    run({ document, request }) {
      const parsed = parseJourney(request.journey);
      if (!parsed.ok) {
        const first = parsed.errors[0];
        return { ok: false, error: `not a valid journey: ${first ? `${first.path || '/'}: ${first.message}` : 'unknown error'}` };
      }
      writeJourneyToYDoc(document, parsed.document, { origin: COMMAND_ORIGIN });
      return { ok: true };
    },
  },
};

export interface RoomCommandsOptions {
  /** Resolves once the command's writes are stored (PostgreSQL's settled()); the answer waits for it. */
  stored?: () => Promise<void>;
  log?: (message: string) => void;
}

export function roomCommands(options: RoomCommandsOptions = {}): Extension {
  return {
    extensionName: 'journey-canvas room commands',
    async onStateless({ connection, document, documentName, payload }: onStatelessPayload) {
      let request: Record<string, unknown>;
      try {
        if (payload.length > MAX_COMMAND_CHARS) throw new Error('too long');
        const value: unknown = JSON.parse(payload);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
        request = value as Record<string, unknown>;
      } catch {
        return; // not one of ours (a host app may use stateless messages for its own things)
      }
      const name = request.command;
      const command = typeof name === 'string' && Object.hasOwn(ROOM_COMMANDS, name) ? ROOM_COMMANDS[name] : undefined;
      if (!command) return;
      const answer = (reply: CommandReply) =>
        connection.sendStateless(JSON.stringify({ command: name, ...(typeof request.requestId === 'string' ? { requestId: request.requestId } : {}), ...reply }));
      const role: unknown = (connection.context as { role?: unknown } | undefined)?.role;
      if (!isRole(role) || !can(role, command.permission)) {
        answer({ ok: false, error: `${String(name)} needs the ${command.permission === 'restoreSnapshot' || command.permission === 'runRatingRounds' ? 'facilitator' : 'participant'} role` });
        return;
      }
      try {
        const reply = await command.run({ document, room: documentName, request });
        if (reply.ok) await options.stored?.();
        answer(reply);
        if (reply.ok) options.log?.(`room ${JSON.stringify(documentName)}: ${String(name)} by a ${role}`);
      } catch (error) {
        answer({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
