/** The panels around the map. Each takes no required props and reads its editor's store and messages. */
export { Toolbar } from './Toolbar';
export type { ToolbarProps } from './Toolbar';
export { Inspector } from './Inspector';
export { SummaryPanel } from './SummaryPanel';
export { PersonaPanel } from './PersonaPanel';
export type { PersonaPanelProps } from './PersonaPanel';
export { TableView } from './TableView';
export { ProblemBanner } from './ProblemBanner';
export { ParticipantsPanel } from './ParticipantsPanel';
export type { ParticipantsPanelProps } from './ParticipantsPanel';
export { RatingRoundHost } from './RatingRoundHost';
