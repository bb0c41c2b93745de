/** Images, JSON files and the compare view. Public names are re-exported from src/index.ts. */
export { exportJourneyImage, JourneyExportError } from './exportJourneyImage';
export type { ExportImageFormat, ExportImageOptions } from './options';
export { EXPORT_PRESETS, MAX_CANVAS_SIDE } from './presets';
export type { ExportPreset } from './presets';
export { exportCompareImage } from './compare/exportCompareImage';
export type { ExportCompareOptions } from './compare/exportCompareImage';
export { JourneyCompare } from './compare/JourneyCompare';
export type { JourneyCompareProps } from './compare/JourneyCompare';
export { downloadJourneyJson, openJourneyFile, safeFileName } from './files';
