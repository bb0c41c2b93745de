import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { JOURNEY_LANES, JOURNEY_LOCALES, JourneyEditor, getJourneyTemplate } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas';
import { docsFrame, fillViewport } from './decorators';
import { holidayJourney } from './fixtures/holidayJourney';
import { largeJourney } from './fixtures/largeJourney';

/**
 * The editor: stages as columns, touchpoint cards, the emotion curve with its peak and end, and
 * lanes of pain points, delights and opportunities. Every edit calls `onChange` once.
 */
const meta = {
  title: 'Components/JourneyEditor',
  component: JourneyEditor,
  tags: ['autodocs'],
  decorators: [fillViewport],
  parameters: docsFrame,
  args: { onChange: fn(), onSelectionChange: fn() },
  argTypes: {
    value: { control: false },
    defaultValue: { control: false },
    readOnly: { control: 'boolean' },
    lanes: { control: 'check', options: JOURNEY_LANES },
    locale: { control: 'inline-radio', options: JOURNEY_LOCALES },
    colorMode: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    initialView: { control: 'inline-radio', options: ['fit', 'readable'] },
    messages: { control: 'object', table: { type: { summary: 'Partial<JourneyMessages>' } } },
    className: { control: false },
    style: { control: false },
  },
} satisfies Meta<typeof JourneyEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No `value` and no `defaultValue`: a new journey with the five default stages. */
export const EmptyJourney: Story = {};

/** A mid-size journey: 25 touchpoints with pain points, delights, opportunities and metrics, opened at a readable zoom. */
export const TwentyFiveTouchpoints: Story = {
  args: { defaultValue: holidayJourney('en'), initialView: 'readable' },
};

/** The same journey written in Chinese, with the editor's own strings in Chinese. */
export const TwentyFiveTouchpointsChinese: Story = {
  args: { defaultValue: holidayJourney('zh-CN'), locale: 'zh-CN', initialView: 'readable' },
};

/** 500 touchpoints, opened at a readable zoom on the first stages; pan, zoom or use the mini-map for the rest. */
export const LargeJourney: Story = {
  args: { defaultValue: largeJourney(500), initialView: 'readable', lanes: ['touchpoints', 'emotion', 'painPoints', 'delights'] },
  tags: ['!autodocs'],
};

export const DarkMode: Story = {
  args: { defaultValue: holidayJourney('en'), colorMode: 'dark', initialView: 'readable' },
};

/** The whole editor without editing: no drags, no add buttons, no inspector. */
export const ReadOnly: Story = {
  args: { defaultValue: holidayJourney('en'), readOnly: true },
};

/** Starting from a ready template (`getJourneyTemplate`): the public service hall, in Chinese. */
export const FromTemplate: Story = {
  args: { defaultValue: getJourneyTemplate('public-service-hall', 'zh-CN')?.document, locale: 'zh-CN' },
};

/**
 * A `value` that is not a valid journey: the editor lists every error with its JSON Pointer
 * instead of drawing a map, and changes nothing.
 */
export const ValidationErrors: Story = {
  args: {
    value: {
      format: 'journey-canvas',
      version: 2,
      id: 'broken',
      title: 'Imported from a spreadsheet',
      stages: [
        { id: 'visit', name: 'Visit' },
        { id: 'visit', name: 'Buy' },
      ],
      touchpoints: [
        { id: 'ad', stageId: 'visit', title: 'Sees an ad', emotion: 7 },
        { id: 'pay', stageId: 'checkout', title: 'Pays', emotion: -2 },
      ],
    } as JourneyDocument,
  },
};
