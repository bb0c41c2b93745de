/** The page the README image script drives: exports a template with the library's own exporter. */
import { exportJourneyImage, getJourneyTemplate } from 'journey-canvas';
import type { ExportImageOptions } from 'journey-canvas';

async function exportTemplate(id: string, locale: 'en' | 'zh-CN', options: ExportImageOptions): Promise<string> {
  const template = getJourneyTemplate(id, locale);
  if (!template) throw new Error(`no template ${id} in ${locale}`);
  const blob = await exportJourneyImage(template.document, options);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

Object.assign(window, { readmeImage: { exportTemplate } });
document.body.dataset.ready = 'true';
