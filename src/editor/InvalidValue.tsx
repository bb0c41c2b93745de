/** Shown instead of the map when the host's `value` is not a valid journey: every error, by place. */
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
            <code>{error.path === '' ? '/' : error.path}</code> {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
