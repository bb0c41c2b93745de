/** The fenced code blocks of a Markdown file, with where each starts, for checks that name the line. */

export interface CodeBlock {
  /** The fence's info string, e.g. `tsx`, `jsonc`, `sh` (empty when there is none). */
  lang: string;
  /** 1-based line number of the block's first line of code in the Markdown file. */
  line: number;
  code: string;
}

/** Every ``` block, in order. An unclosed fence is an error rather than a silently skipped block. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let open: { lang: string; line: number; body: string[] } | null = null;
  lines.forEach((text, index) => {
    if (open === null) {
      const fence = /^```\s*([\w-]*)/.exec(text);
      if (fence) open = { lang: fence[1] ?? '', line: index + 2, body: [] };
    } else if (/^```\s*$/.test(text)) {
      blocks.push({ lang: open.lang, line: open.line, code: `${open.body.join('\n')}\n` });
      open = null;
    } else {
      open.body.push(text);
    }
  });
  if (open !== null) throw new Error(`unclosed code block opened at line ${(open as { line: number }).line - 1}`);
  return blocks;
}

/**
 * JSON with comments to JSON: drops `//` and `/* … *\/` comments outside strings and commas
 * before a closing bracket. Enough for documentation snippets, not a general JSONC parser.
 */
export function stripJsonComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (inString) {
      out += char;
      if (char === '\\') out += text[++i] ?? '';
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
      out += char;
    } else if (char === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (char === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (char === ',' && /^(?:\s|\/\/[^\n]*|\/\*(?:[^*]|\*(?!\/))*\*\/)*[}\]]/.test(text.slice(i + 1))) {
      // A trailing comma: the next thing after it, comments aside, closes the object or array.
    } else {
      out += char;
    }
  }
  return out;
}
