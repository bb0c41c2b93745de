/**
 * One error in a list, as a facilitator reads it: the thing and what is wrong, in words; then, in
 * smaller type, the model's exact message and where it is (the JSON Pointer) for whoever fixes it.
 */
import { formatMessage } from '../i18n';
import { describeJourneyError } from './describeError';
import type { JourneyError } from '../model';
import { useMessages } from './JourneyStoreContext';

export function ErrorItem({ error, input }: { error: JourneyError; input: unknown }) {
  const messages = useMessages();
  const described = describeJourneyError(error, input, messages);
  return (
    <li className="jc-error">
      <span className="jc-error__text">{described.text}</span>{' '}
      <span className="jc-error__detail">
        {formatMessage(messages['error.detail'], { message: described.detail })}{' '}
        {/* The last entry of a capped list counts the rest: it has no place of its own. */}
        {error.code === 'too_many_errors' ? null : <code className="jc-error__path">{described.path}</code>}
      </span>
    </li>
  );
}
