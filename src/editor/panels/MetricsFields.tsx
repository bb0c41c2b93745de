/** CSAT, NPS and CES of a touchpoint. An emptied field removes that metric (and `metrics` once empty). */
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { METRIC_RANGES } from '../../model';
import type { Touchpoint, TouchpointMetrics } from '../../model';
import { useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { formatBound, numberText, parseNumberText } from './numbers';
import { firstMessage } from './useApply';
import type { ApplyChange } from './useApply';

type MetricKey = keyof typeof METRIC_RANGES;
const METRIC_KEYS: readonly MetricKey[] = ['csat', 'nps', 'ces'];
const LABEL_KEYS = {
  csat: 'panel.touchpoint.csat',
  nps: 'panel.touchpoint.nps',
  ces: 'panel.touchpoint.ces',
} as const satisfies Record<MetricKey, keyof JourneyMessages>;

/** The metrics after setting (or, with undefined, removing) one of them; undefined when none remain. */
export function withMetric(metrics: TouchpointMetrics | undefined, key: MetricKey, value: number | undefined): TouchpointMetrics | undefined {
  const next: TouchpointMetrics = { ...metrics };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length > 0 ? next : undefined;
}

export function MetricsFields({ touchpoint, apply }: { touchpoint: Touchpoint; apply: ApplyChange }) {
  const messages = useMessages();
  const metrics = touchpoint.metrics;

  const commit = (key: MetricKey, text: string): string | null => {
    const parsed = parseNumberText(text);
    if (parsed.kind === 'invalid') return messages['panel.field.notANumber'];
    const [min, max] = METRIC_RANGES[key];
    if (parsed.kind === 'number' && (parsed.value < min || parsed.value > max)) {
      return formatMessage(messages['panel.field.range'], { min: formatBound(min), max: formatBound(max) });
    }
    const value = parsed.kind === 'number' ? parsed.value : undefined;
    if (metrics?.[key] === value) return null;
    const next = withMetric(metrics, key, value);
    return firstMessage(apply({ operation: 'updateTouchpoint', args: { id: touchpoint.id, changes: { metrics: next } } }));
  };

  return (
    <fieldset className="jc-metrics">
      <legend className="jc-list__legend">{messages['panel.touchpoint.metrics']}</legend>
      <p className="jc-field__hint">{messages['panel.touchpoint.metricsHint']}</p>
      <div className="jc-metrics__row">
        {METRIC_KEYS.map((key) => (
          <CommitField
            key={key}
            className="jc-metrics__field"
            label={messages[LABEL_KEYS[key]]}
            inputMode={key === 'nps' ? undefined : 'decimal'}
            value={numberText(typeof metrics?.[key] === 'number' ? metrics[key] : undefined)}
            onCommit={(text) => commit(key, text)}
          />
        ))}
      </div>
    </fieldset>
  );
}
