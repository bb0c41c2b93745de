import type { Meta, StoryObj } from '@storybook/react-vite';
import { JOURNEY_LANES, JOURNEY_LOCALES, JourneyViewer, getJourneyTemplate } from 'journey-canvas';
import { docsFrame, fillViewport } from './decorators';
import { holidayJourney } from './fixtures/holidayJourney';

/** The map alone, read-only and without editing chrome, for reports and dashboards. */
const meta = {
  title: 'Components/JourneyViewer',
  component: JourneyViewer,
  tags: ['autodocs'],
  decorators: [fillViewport],
  parameters: docsFrame,
  args: { value: holidayJourney('en') },
  argTypes: {
    value: { control: false },
    lanes: { control: 'check', options: JOURNEY_LANES },
    locale: { control: 'inline-radio', options: JOURNEY_LOCALES },
    colorMode: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    initialView: { control: 'inline-radio', options: ['fit', 'readable'] },
    messages: { control: 'object', table: { type: { summary: 'Partial<JourneyMessages>' } } },
    className: { control: false },
    style: { control: false },
  },
} satisfies Meta<typeof JourneyViewer>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReadOnlyViewer: Story = {};

/** Only the cards and the emotion curve. */
export const CurveOnly: Story = {
  args: { lanes: ['touchpoints', 'emotion'] },
};

export const ChineseDark: Story = {
  args: { value: getJourneyTemplate('online-checkout', 'zh-CN')?.document ?? holidayJourney('zh-CN'), locale: 'zh-CN', colorMode: 'dark' },
};
