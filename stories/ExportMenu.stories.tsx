/**
 * The Export menu lives in the editor's toolbar (it reads the editor's document, lanes and
 * colour mode; it is not a public component), so its stories show the editor with the menu open.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { JourneyEditor, getJourneyTemplate } from 'journey-canvas';
import { docsFrame, fillViewport } from './decorators';

/**
 * PNG, JPEG or SVG of the whole map at a chosen page size (16:9 or 4:3 slide, A4, fit), the
 * journey as JSON, and opening a JSON file (validated; a bad file's errors are listed, a good
 * one replaces the map as one undoable edit). Part of `<JourneyEditor>`'s toolbar.
 */
const meta = {
  title: 'Components/ExportMenu',
  component: JourneyEditor,
  tags: ['autodocs'],
  decorators: [fillViewport],
  parameters: docsFrame,
  render: () => <JourneyEditor defaultValue={getJourneyTemplate('b2b-equipment-sale', 'en')?.document} />,
} satisfies Meta<typeof JourneyEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opened from the toolbar: page size, three image formats, JSON save and open. */
export const OpenInToolbar: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = await canvas.findByRole('button', { name: 'Export' });
    await userEvent.click(trigger);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const menu = within(canvas.getByRole('group', { name: 'Export' }));
    await expect(menu.getByRole('combobox', { name: 'Image size' })).toBeVisible();
    for (const name of ['Image (PNG)', 'Image (JPEG)', 'Vector image (SVG)', 'Save as JSON', 'Open JSON file…']) {
      await expect(menu.getByRole('button', { name })).toBeVisible();
    }
  },
};

/** In Chinese, dark. */
export const ChineseDark: Story = {
  render: () => <JourneyEditor defaultValue={getJourneyTemplate('b2b-equipment-sale', 'zh-CN')?.document} locale="zh-CN" colorMode="dark" />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '导出' }));
    await expect(within(canvas.getByRole('group', { name: '导出' })).getByRole('button', { name: '矢量图（SVG）' })).toBeVisible();
  },
};
