/**
 * A text drawn shortened keeps its whole wording in an SVG <title> on a group around it: image
 * viewers and slide tools show it as a tooltip, screen readers and search find it, and the text
 * a reader sees stays what fits.
 */
import type { ReactElement, ReactNode } from 'react';

export function Shortened({ full, shortened, children }: { full: string; shortened: boolean; children: ReactNode }): ReactElement {
  if (!shortened) return <>{children}</>;
  return (
    <g>
      <title>{full}</title>
      {children}
    </g>
  );
}
