/**
 * Where the panels go around the map: toolbar on top, problem banner above the map, the map or
 * the table in the middle, inspector / summary / persona on the right.
 * (The panels themselves live in ./panels; until they are mounted this frame shows the map alone.)
 */
import type { ReactNode } from 'react';

export interface EditorPanelsProps {
  readOnly: boolean;
  view: 'map' | 'table';
  onFitView: () => void;
  map: ReactNode;
}

export function EditorPanels({ map }: EditorPanelsProps) {
  return (
    <div className="jc-editor__body">
      <div className="jc-editor__main">{map}</div>
    </div>
  );
}
