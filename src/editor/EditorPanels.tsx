/**
 * The editor's frame: toolbar on top, the problem banner above the map, the map (or the table)
 * in the middle, and on the right the inspector (not when read-only), summary and persona.
 */
import type { ReactNode } from 'react';
import { Inspector, ParticipantsPanel, PersonaPanel, ProblemBanner, RatingRoundHost, SummaryPanel, TableView, Toolbar } from './panels';

export interface EditorPanelsProps {
  readOnly: boolean;
  view: 'map' | 'table';
  onFitView: () => void;
  /** Opens the keyboard shortcut sheet. */
  onShowShortcuts?: () => void;
  map: ReactNode;
}

export function EditorPanels({ readOnly, view, onFitView, onShowShortcuts, map }: EditorPanelsProps) {
  return (
    <RatingRoundHost>
      <Toolbar onFitView={onFitView} onShowShortcuts={onShowShortcuts} />
      <div className="jc-editor__body">
        <div className="jc-editor__main">
          <ProblemBanner />
          {view === 'table' ? <TableView /> : map}
        </div>
        <aside className="jc-editor__side">
          {!readOnly && <Inspector />}
          <SummaryPanel />
          <PersonaPanel />
          <ParticipantsPanel />
        </aside>
      </div>
    </RatingRoundHost>
  );
}
