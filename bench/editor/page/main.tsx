/**
 * The editor benchmark page. `?mode=editor&n=1000` mounts <JourneyEditor> with n touchpoints;
 * `?mode=bare&n=1000` mounts bare @xyflow/react with n default nodes and default settings, the
 * baseline. bench/editor/run.ts drives it with playwright-core through `window.jcBench`.
 */
import { createRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges } from '@xyflow/react';
import type { Node, NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { benchJourney } from './journey';
import { installHarness } from './harness';

const params = new URLSearchParams(location.search);
const mode = params.get('mode') === 'bare' ? 'bare' : 'editor';
const count = Math.max(0, Number(params.get('n') ?? '100'));
/** `&view=fit` opens on the whole map (the editor's default) instead of a readable zoom. */
const initialView = params.get('view') === 'fit' ? 'fit' : 'readable';

/** Default nodes in a grid, about as dense as the journey's cards; the default viewport shows the top left. */
const COLUMNS = 40;
function bareNodes(n: number): Node[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    position: { x: (i % COLUMNS) * 200, y: Math.floor(i / COLUMNS) * 90 },
    data: { label: `Node ${i}` },
  }));
}

function BareFlow({ initial }: { initial: Node[] }) {
  const [nodes, setNodes] = useState(initial);
  return <ReactFlow nodes={nodes} onNodesChange={(changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current))} />;
}

const element = document.getElementById('root');
if (!element) throw new Error('no #root');
const root = createRoot(element);

// Everything the page needs is made before the clock starts: mount measures React and the map.
const journey = mode === 'editor' ? benchJourney(count) : null;
const nodes = mode === 'bare' ? bareNodes(count) : [];
const editor = createRef<JourneyEditorHandle>();
installHarness(mode, journey, editor);

const start = performance.now();
root.render(
  journey ? (
    <JourneyEditor ref={editor} defaultValue={journey} initialView={initialView} style={{ width: '100vw', height: '100vh' }} />
  ) : (
    <div style={{ width: '100vw', height: '100vh' }}>
      <BareFlow initial={nodes} />
    </div>
  ),
);
window.jcBench.watchMount(start);
