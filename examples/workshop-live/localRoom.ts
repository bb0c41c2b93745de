/**
 * Without a server (the page opened as is), tabs of this browser share the room through a
 * BroadcastChannel: open the page twice side by side to try live editing. Each tab's Y.Doc and
 * awareness updates are posted to the others; a new tab asks for the state it is missing.
 */
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';

type Message =
  | { type: 'hello'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array };

export function joinLocalRoom(name: string): { doc: Y.Doc; awareness: Awareness; leave(): void } {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const channel = new BroadcastChannel(`journey-canvas-live:${name}`);
  const post = (message: Message) => channel.postMessage(message);

  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== channel) post({ type: 'update', update });
  });
  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== channel) post({ type: 'awareness', update: encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]) });
  });
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'hello') {
      post({ type: 'update', update: Y.encodeStateAsUpdate(doc, message.stateVector) });
      post({ type: 'awareness', update: encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]) });
    } else if (message.type === 'update') Y.applyUpdate(doc, message.update, channel);
    else applyAwarenessUpdate(awareness, message.update, channel);
  };
  post({ type: 'hello', stateVector: Y.encodeStateVector(doc) });

  return {
    doc,
    awareness,
    leave() {
      awareness.setLocalState(null);
      channel.close();
      awareness.destroy();
      doc.destroy();
    },
  };
}
