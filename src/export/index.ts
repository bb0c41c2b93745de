/** Images, JSON files and the compare view. Public names are re-exported from src/index.ts. */
export { exportJourneyImage, JourneyExportError } from './exportJourneyImage';
export type { ExportImageFormat, ExportImageOptions } from './options';
export { EXPORT_PRESETS, MAX_CANVAS_SIDE } from './presets';
export type { ExportPreset } from './presets';
