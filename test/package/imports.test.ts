import { importSpecifiers } from './imports';

// The package test's "model imports nothing" check is only as good as this reader.
describe('importSpecifiers', () => {
  it('finds static, side-effect, re-export and dynamic imports', () => {
    const source = [
      'import { a, b as c } from "react";',
      "import * as d from './chunks/model-x1.js';",
      'import e, { f } from "@xyflow/react";',
      'import "./style.css";',
      'export { g } from "zustand/shallow";',
      'export * from "./chunks/shared.js";',
      'const h = await import("immer");',
      'const text = "not an import from here";',
      "const template = `import x from 'nowhere'`;",
      '// import { y } from "commented-out";',
      'const data = { id: "so-import", stageId: "import" };',
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([
      'react',
      './chunks/model-x1.js',
      '@xyflow/react',
      './style.css',
      'zustand/shallow',
      './chunks/shared.js',
      'immer',
    ]);
  });
});
