import { codeBlocks, stripJsonComments } from './readme-blocks';

// The README check names README lines from these numbers and parses jsonc with this reader.
describe('codeBlocks', () => {
  it('returns each fenced block with its language and the line its code starts on', () => {
    const markdown = ['# Title', '', '```tsx', 'const a = 1;', '```', 'text', '```', 'plain', '```', '```sh', '```'].join('\n');
    expect(codeBlocks(markdown)).toEqual([
      { lang: 'tsx', line: 4, code: 'const a = 1;\n' },
      { lang: '', line: 8, code: 'plain\n' },
      { lang: 'sh', line: 11, code: '\n' },
    ]);
  });

  it('refuses an unclosed block rather than skipping it', () => {
    expect(() => codeBlocks('text\n```ts\nconst a = 1;\n')).toThrow(/line 2/);
  });
});

describe('stripJsonComments', () => {
  it('drops comments and trailing commas outside strings and keeps strings as they are', () => {
    const jsonc = [
      '{',
      '  // a comment',
      '  "url": "https://example.com/a//b", /* inline */',
      '  "text": "a, } and /* not a comment */ \\" // still text",',
      '  "list": [1, 2, /* last */ ],',
      '}',
    ].join('\n');
    expect(JSON.parse(stripJsonComments(jsonc))).toEqual({
      url: 'https://example.com/a//b',
      text: 'a, } and /* not a comment */ " // still text',
      list: [1, 2],
    });
  });
});
