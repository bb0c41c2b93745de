/**
 * The main editing flows as a user performs them, with the keyboard and the mouse. Each play
 * function asserts on what the user perceives: accessible names and the slider's value.
 * They run in real Chromium in CI (Vitest project `storybook`).
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { JourneyEditor, getJourneyTemplate } from 'journey-canvas';
import { fillViewport } from './decorators';

const meta = {
  title: 'Flows/Editing',
  component: JourneyEditor,
  decorators: [fillViewport],
  args: { onChange: fn() },
} satisfies Meta<typeof JourneyEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Adds a touchpoint to the first stage of a new journey and names it. */
export const AddTouchpoint: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const [addButton] = await canvas.findAllByRole('button', { name: 'Add a touchpoint to Awareness' });
    await userEvent.click(addButton as HTMLElement);
    const title = await canvas.findByRole('textbox', { name: 'Touchpoint title' });
    await waitFor(() => expect(title).toHaveFocus());
    await userEvent.type(title, 'Sees a billboard{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Sees a billboard, emotion 0' })).toBeVisible();
    await expect(canvas.getByRole('slider', { name: 'Emotion at Sees a billboard' })).toHaveAttribute('aria-valuenow', '0');
    await expect(args.onChange).toHaveBeenCalled();
  },
};

/** Focuses a card and raises its emotion with ArrowUp (0.5) and Shift+ArrowUp (1). */
export const ChangeEmotionWithKeyboard: Story = {
  args: { defaultValue: getJourneyTemplate('online-checkout', 'en')?.document },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole('slider', { name: 'Emotion at Enters the delivery address' });
    await expect(slider).toHaveAttribute('aria-valuenow', '-1');
    canvas.getByRole('button', { name: /^Enters the delivery address, emotion/ }).focus();
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '-0.5'));
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '0.5'));
    await expect(canvas.getByRole('button', { name: /^Enters the delivery address, emotion \+0\.5/ })).toHaveFocus();
  },
};

/** Lowers an emotion, then undoes it with Ctrl+Z: the value comes back and Undo is disabled again. */
export const UndoWithKeyboard: Story = {
  args: { defaultValue: getJourneyTemplate('online-checkout', 'en')?.document },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const slider = await canvas.findByRole('slider', { name: 'Emotion at Payment fails at the bank check' });
    const undo = canvas.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeDisabled();

    canvas.getByRole('button', { name: /^Payment fails at the bank check, emotion/ }).focus();
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '-4.5'));
    await expect(undo).toBeEnabled();

    await userEvent.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '-4'));
    await expect(undo).toBeDisabled();
    await expect(args.onChange).toHaveBeenLastCalledWith(expect.anything(), { operation: 'undo' });
  },
};
