/** Module-level store selectors of the panels: stable functions keep subscriptions narrow. */
import type { JourneyStoreState } from '../../store';

export const selectDocument = (state: JourneyStoreState) => state.document;
export const selectStages = (state: JourneyStoreState) => state.document.stages;
export const selectTouchpoints = (state: JourneyStoreState) => state.document.touchpoints;
export const selectTitle = (state: JourneyStoreState) => state.document.title;
export const selectPersona = (state: JourneyStoreState) => state.document.persona;
export const selectSelection = (state: JourneyStoreState) => state.selection;
export const selectSelectionKind = (state: JourneyStoreState) => state.selection?.kind ?? null;
export const selectSelectionId = (state: JourneyStoreState) => state.selection?.id ?? null;
export const selectSelectedTouchpointId = (state: JourneyStoreState) =>
  state.selection?.kind === 'touchpoint' ? state.selection.id : null;
export const selectReadOnly = (state: JourneyStoreState) => state.readOnly;
export const selectCanUndo = (state: JourneyStoreState) => state.canUndo;
export const selectCanRedo = (state: JourneyStoreState) => state.canRedo;
export const selectLanes = (state: JourneyStoreState) => state.lanes;
export const selectView = (state: JourneyStoreState) => state.view;
export const selectProblem = (state: JourneyStoreState) => state.problem;
