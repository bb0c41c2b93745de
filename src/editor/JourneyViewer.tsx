/**
 * `<JourneyViewer>`: the same map, read-only and without editing chrome, for reports and
 * dashboards. Pan, zoom and keyboard reading still work.
 */
import { useLayoutEffect, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { resolveMessages } from '../i18n';
import type { JourneyLocale, JourneyMessages } from '../i18n';
import type { JourneyDocument } from '../model';
import { JOURNEY_LANES } from '../store';
import type { JourneyLane } from '../store';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import type { JourneyInitialView } from './canvas/JourneyCanvas';
import { InvalidValue } from './InvalidValue';
import { JourneyMessagesContext, JourneyStoreContext } from './JourneyStoreContext';
import { useResolvedColorMode } from '../picture/colorMode';
import type { JourneyColorMode } from '../picture/colorMode';
import { useDocumentInput } from './useDocumentInput';
import './theme.css';
import './editor.css';

export interface JourneyViewerProps {
  /**
   * The journey to show; goes through `parseJourney` (an invalid value shows its errors).
   * @example <JourneyViewer value={doc} style={{ height: 480 }} />
   */
  value: JourneyDocument;
  /** @default every lane */
  lanes?: readonly JourneyLane[];
  /** @default 'en' */
  locale?: JourneyLocale;
  messages?: Partial<JourneyMessages>;
  /** @default 'light' */
  colorMode?: JourneyColorMode;
  /** The viewport the map opens on (see JourneyEditor). @default 'fit' */
  initialView?: JourneyInitialView;
  className?: string;
  style?: CSSProperties;
}

export function JourneyViewer({ value, lanes, locale = 'en', messages: overrides, colorMode = 'light', initialView, className, style }: JourneyViewerProps) {
  const { store, valueErrors } = useDocumentInput(value, undefined, { readOnly: true, lanes: lanes ?? JOURNEY_LANES, locale });
  const messages = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  const resolvedColorMode = useResolvedColorMode(colorMode);
  const lanesKey = lanes?.join(',');
  useLayoutEffect(() => {
    if (lanesKey !== undefined) store.getState().setLanes(lanesKey === '' ? [] : (lanesKey.split(',') as JourneyLane[]));
  }, [store, lanesKey]);

  return (
    <JourneyStoreContext.Provider value={store}>
      <JourneyMessagesContext.Provider value={messages}>
        <div
          className={className ? `jc-viewer ${className}` : 'jc-viewer'}
          style={style}
          data-color-mode={resolvedColorMode}
          lang={locale}
          role="group"
          aria-label={messages['canvas.viewer']}
        >
          {valueErrors ? (
            <InvalidValue errors={valueErrors} />
          ) : (
            <ReactFlowProvider>
              <JourneyCanvas editable={false} colorMode={resolvedColorMode} initialView={initialView} />
            </ReactFlowProvider>
          )}
        </div>
      </JourneyMessagesContext.Provider>
    </JourneyStoreContext.Provider>
  );
}
