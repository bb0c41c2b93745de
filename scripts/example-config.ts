/**
 * The Vite config every example shares: the app served from the library's source under its
 * published names (see source-aliases.ts), built into the example's own dist/ with relative
 * asset URLs so it works from any folder or static host. Each example passes its folder and
 * its own dev-server port.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';
import { sourceAliases } from './source-aliases.ts';

/**
 * A built example opened from disk (file://) cannot load its module script, and would be a blank
 * page. This puts a note in every example's page, shown only there, that says how to serve it.
 * It is static HTML plus a classic inline script, both of which a file:// page still runs.
 */
export function servedFromDiskNote(command: string): Plugin {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const note = `
    <div id="served-from-disk-note" hidden style="max-width: 640px; margin: 48px auto; padding: 20px 24px; border: 1px solid #cbd5e1; border-radius: 10px; font: 16px/1.5 system-ui, sans-serif; color: #1f2937; background: #fff">
      <h1 style="margin: 0 0 8px; font-size: 20px">This page has to be served, not opened from disk</h1>
      <p style="margin: 0 0 8px">Browsers do not run an app's modules from a <code>file://</code> address. From the repository, run:</p>
      <pre style="margin: 0 0 8px; padding: 8px 12px; background: #f1f5f9; border-radius: 6px"><code>${escape(command)}</code></pre>
      <p style="margin: 0 0 8px">or serve this folder with any static server, e.g. <code>python3 -m http.server</code> here, and open the address it prints.</p>
      <p lang="zh-CN" style="margin: 0; color: #475569">此页面需要通过 HTTP 服务打开，不能直接从磁盘打开。请在仓库中运行上面的命令，或在此文件夹中运行 <code>python3 -m http.server</code>。</p>
    </div>
    <script>if (location.protocol === 'file:') document.getElementById('served-from-disk-note').hidden = false;</script>`;
  return {
    name: 'served-from-disk-note',
    transformIndexHtml: (html) => html.replace('<body>', `<body>${note}`),
  };
}

export function exampleConfig(exampleUrl: string, { port, command }: { port: number; command: string }): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', exampleUrl)),
    base: './',
    plugins: [react(), servedFromDiskNote(command)],
    resolve: { alias: sourceAliases() },
    // An app bundle with React, React Flow (and Yjs, live) inside is 0.6-1 MB before gzip: expected.
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
    server: { port, strictPort: false },
  });
}
