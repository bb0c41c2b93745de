/** Module-level store selectors: stable functions, so subscriptions stay narrow and cheap. */
import type { JourneyStoreState } from '../../store';

export const selectDocument = (state: JourneyStoreState) => state.document;
export const selectLanes = (state: JourneyStoreState) => state.lanes;
export const selectReadOnly = (state: JourneyStoreState) => state.readOnly;
export const selectView = (state: JourneyStoreState) => state.view;
export const selectTitle = (state: JourneyStoreState) => state.document.title;
export const selectSelectedTouchpointId = (state: JourneyStoreState) =>
  state.selection?.kind === 'touchpoint' ? state.selection.id : null;
/** True while no touchpoint is selected: the first card is then the canvas's tab stop. */
export const selectNoTouchpointSelected = (state: JourneyStoreState) => state.selection?.kind !== 'touchpoint';
export const selectFalse = () => false;
export const selectEditingTitleId = (state: JourneyStoreState) => state.editingTitleId;
