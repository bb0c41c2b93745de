/** CSAT, NPS and CES of a touchpoint in the metrics lane. */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatMessage } from '../../i18n';
import { useMessages } from '../JourneyStoreContext';
import type { MetricsNode as MetricsNodeType } from './nodeData';

const KEYS = ['csat', 'nps', 'ces'] as const;

function MetricsView({ data }: NodeProps<MetricsNodeType>) {
  const messages = useMessages();
  const shown = KEYS.filter((key) => typeof data.metrics[key] === 'number');
  const values = shown.map((key) => `${messages[`canvas.metrics.${key}`]} ${String(data.metrics[key])}`).join(', ');
  const title = data.title.trim() === '' ? messages['common.untitled'] : data.title;
  return (
    <div className="jc-metrics" role="group" aria-label={formatMessage(messages['canvas.metrics.name'], { title, values })}>
      <dl className="jc-metrics__list">
      {shown.map((key) => (
        <div key={key} className="jc-metrics__item">
          <dt>{messages[`canvas.metrics.${key}`]}</dt>
          <dd>{String(data.metrics[key])}</dd>
        </div>
      ))}
      </dl>
    </div>
  );
}

export const MetricsNode = memo(MetricsView);
