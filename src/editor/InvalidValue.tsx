/**
 * Shown instead of the map when the host's `value` is not a valid journey: its errors by place
 * (the first MAX_JOURNEY_ERRORS, then one line counting the rest).
 */
import { useMessages } from './JourneyStoreContext';
import type { JourneyError } from '../model';

export function InvalidValue({ errors }: { errors: JourneyError[] }) {
  const messages = useMessages();
  return (
    <div className="jc-invalid" role="alert">
      <p className="jc-invalid__title">{messages['common.invalidValue']}</p>
      <ul className="jc-invalid__list">
        {errors.map((error, index) => (
          <li key={`${index}:${error.path}`}>
            {/* The last entry of a capped list counts the rest: it has no place of its own. */}
            {error.code === 'too_many_errors' ? null : <code>{error.path === '' ? '/' : error.path}</code>} {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
