import type { Meta, StoryObj } from '@storybook/react-vite';
import { JOURNEY_LANES, JOURNEY_LOCALES, JourneyCompare } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas';
import { asIsJourney, toBeJourney } from '../examples/compare/redesign';
import { currentJourney, plannedJourney } from '../examples/slides/journeys';
import { docsFrame, fillViewport } from './decorators';

/**
 * Two versions of a journey on one stage grid: the after curve over the dashed before curve,
 * changed cards labelled, and the peak-end score before → after. What you see is what
 * `exportCompareImage` writes.
 */
const meta = {
  title: 'Components/JourneyCompare',
  component: JourneyCompare,
  tags: ['autodocs'],
  decorators: [fillViewport],
  parameters: docsFrame,
  args: { before: asIsJourney(), after: toBeJourney(), beforeLabel: 'As-is', afterLabel: 'To-be', style: { height: '100%' } },
  argTypes: {
    before: { control: false },
    after: { control: false },
    beforeLabel: { control: 'text' },
    afterLabel: { control: 'text' },
    lanes: { control: 'check', options: JOURNEY_LANES },
    locale: { control: 'inline-radio', options: JOURNEY_LOCALES },
    colorMode: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    messages: { control: 'object', table: { type: { summary: 'Partial<JourneyMessages>' } } },
    className: { control: false },
    style: { control: false },
  },
} satisfies Meta<typeof JourneyCompare>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The checkout as it is and as the team proposes it. */
export const AsIsVsToBe: Story = {};

/** With the pain point lane: which problems the redesign leaves. */
export const WithPainPoints: Story = {
  args: { lanes: ['touchpoints', 'emotion', 'painPoints'] },
};

export const ChineseDark: Story = {
  args: { before: currentJourney('zh-CN'), after: plannedJourney('zh-CN'), beforeLabel: '现状', afterLabel: '改进后', colorMode: 'dark' },
};

/** One version is not a valid journey (an emotion of 9): its errors are listed with their JSON Pointers. */
export const InvalidVersion: Story = {
  args: { after: outOfRange(toBeJourney()) },
};

function outOfRange(document: JourneyDocument): JourneyDocument {
  return { ...document, touchpoints: document.touchpoints.map((touchpoint, index) => (index === 2 ? { ...touchpoint, emotion: 9 } : touchpoint)) };
}
