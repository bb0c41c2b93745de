/**
 * Wrapped text as native SVG: one <text> with a <tspan> per line. React writes the text as
 * text nodes, so whatever a title holds (`</text><script>…`) stays text in the markup.
 */
import type { ReactElement } from 'react';

export interface TextLinesProps {
  lines: readonly string[];
  x: number;
  /** Top of the first line box. */
  top: number;
  fontSize: number;
  lineHeight: number;
  fill: string;
  weight?: number;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
}

/** The baseline of a line box: glyphs of a typical sans-serif sit centred in it. */
export function baselineOf(top: number, lineHeight: number, fontSize: number): number {
  return top + lineHeight / 2 + fontSize * 0.35;
}

export function TextLines({ lines, x, top, fontSize, lineHeight, fill, weight, italic, anchor }: TextLinesProps): ReactElement | null {
  if (lines.length === 0) return null;
  const y = baselineOf(top, lineHeight, fontSize);
  return (
    <text
      x={x}
      y={y}
      fontSize={fontSize}
      fontWeight={weight}
      fontStyle={italic ? 'italic' : undefined}
      fill={fill}
      textAnchor={anchor && anchor !== 'start' ? anchor : undefined}
    >
      {lines.length === 1
        ? lines[0]
        : lines.map((line, index) => (
            <tspan key={index} x={x} y={y + index * lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
