/**
 * A text drawn on the lines layout fitted it into (FittedLines): the source text sliced where
 * each line starts, as text nodes separated by <br>, in a box that does not wrap (white-space:
 * nowrap). The text nodes together are the whole text, spaces included, so the DOM, find-in-page
 * and `getByText` see what the user wrote; a shortened text's last line runs on to the end of the
 * text and CSS cuts it with an ellipsis (text-overflow), where an image ends that line with "…".
 */
import { Fragment } from 'react';
import type { ReactElement } from 'react';
import type { FittedLines } from '../../layout';

export function SourceLines({ text, fitted }: { text: string; fitted: FittedLines }): ReactElement {
  const { starts } = fitted;
  // Starts from another text (cannot happen: both come from one store state): draw it unbroken.
  if (starts.length === 0 || starts.some((start, i) => start > text.length || (i > 0 && start < (starts[i - 1] as number)))) return <>{text}</>;
  return (
    <>
      {starts.map((start, i) => (
        <Fragment key={i}>
          {i > 0 && <br />}
          {text.slice(i === 0 ? 0 : start, starts[i + 1] ?? text.length)}
        </Fragment>
      ))}
    </>
  );
}
