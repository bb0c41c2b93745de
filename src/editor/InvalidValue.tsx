/**
 * Shown instead of the map when the host's `value` is not a valid journey: its errors in words,
 * then by place (the first MAX_JOURNEY_ERRORS, then one line counting the rest).
 */
import { useMessages } from './JourneyStoreContext';
import { ErrorItem } from './ErrorItem';
import type { JourneyError } from '../model';

export function InvalidValue({ errors, input }: { errors: JourneyError[]; input?: unknown }) {
  const messages = useMessages();
  return (
    <div className="jc-invalid" role="alert">
      <p className="jc-invalid__title">{messages['common.invalidValue']}</p>
      <ul className="jc-invalid__list">
        {errors.map((error, index) => (
          <ErrorItem key={`${index}:${error.path}`} error={error} input={input} />
        ))}
      </ul>
    </div>
  );
}
