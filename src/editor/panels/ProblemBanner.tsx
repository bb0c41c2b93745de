/**
 * `<ProblemBanner />`: a problem the editor will not hide — a bad value, paste, file or change —
 * until the person dismisses it. Each error names the thing in words first ("“Delivery arrives
 * late”: its stage no longer exists"); the model's message and the JSON Pointer follow as a detail.
 */
import type { JourneyMessageKey } from '../../i18n';
import type { JourneyProblem } from '../../store';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { ErrorItem } from '../ErrorItem';
import { selectProblem } from './selectors';
import './panels.css';

const HEADINGS = {
  value: 'common.invalidValue',
  paste: 'common.invalidPaste',
  open: 'common.invalidOpen',
  operation: 'common.invalidOperation',
  remote: 'common.invalidRemote',
} as const satisfies Record<JourneyProblem['source'], JourneyMessageKey>;

export function ProblemBanner() {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const problem = useJourneyStore(selectProblem);
  if (!problem) return null;

  return (
    <div className="jc-problem" role="alert">
      <div className="jc-problem__body">
        <p className="jc-problem__heading">{messages[HEADINGS[problem.source]]}</p>
        {problem.errors.length > 0 ? (
          <ul className="jc-problem__list">
            {problem.errors.map((error, index) => (
              <ErrorItem key={`${index}:${error.path}`} error={error} input={problem.input} />
            ))}
          </ul>
        ) : null}
      </div>
      <button
        type="button"
        className="jc-button jc-button--icon"
        aria-label={messages['panel.problem.dismiss']}
        title={messages['panel.problem.dismiss']}
        onClick={() => store.getState().setProblem(null)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
