/** Colours for stages that have none in the document: distinct, and readable under white text. */
const PALETTE = ['#4f46e5', '#0284c7', '#d97706', '#059669', '#db2777', '#7c3aed', '#0d9488', '#dc2626'];

export function stageColor(color: string | undefined, index: number): string {
  return color ?? PALETTE[index % PALETTE.length] ?? '#4f46e5';
}
