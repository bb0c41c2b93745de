/**
 * The keyboard shortcut sheet ("?" in the editor). The English keys and descriptions are the
 * README's keyboard table, row for row (a test holds them together).
 */
const en = {
  'shortcuts.open': 'Keyboard shortcuts',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro': 'Tab into the map, then:',
  'shortcuts.keyColumn': 'Key',
  'shortcuts.doesColumn': 'Does',
  'shortcuts.close': 'Close',
  'shortcuts.select.keys': 'Left / Right',
  'shortcuts.select.does': 'select the previous / next touchpoint in journey order',
  'shortcuts.emotion.keys': 'Up / Down',
  'shortcuts.emotion.does': 'emotion +0.5 / −0.5 (with Shift: ±1)',
  'shortcuts.move.keys': 'Alt+Left / Alt+Right',
  'shortcuts.move.does': 'move the touchpoint one place earlier / later, across stages',
  'shortcuts.edit.keys': 'Enter or F2, double-click',
  'shortcuts.edit.does': 'edit the title in place (Enter commits, Escape cancels)',
  'shortcuts.add.keys': 'N or Insert',
  'shortcuts.add.does': 'add a touchpoint after the selected one',
  'shortcuts.remove.keys': 'Delete / Backspace',
  'shortcuts.remove.does': 'remove the selected touchpoint',
  'shortcuts.escape.keys': 'Escape',
  'shortcuts.escape.does': 'cancel a drag, then clear the selection',
  'shortcuts.undo.keys': 'Ctrl/Cmd+Z',
  'shortcuts.undo.does': 'undo',
  'shortcuts.redo.keys': 'Ctrl/Cmd+Shift+Z, Ctrl+Y',
  'shortcuts.redo.does': 'redo',
  'shortcuts.help.keys': '?',
  'shortcuts.help.does': 'show this list of shortcuts',
};

const zhCN: Record<keyof typeof en, string> = {
  'shortcuts.open': '键盘快捷键',
  'shortcuts.title': '键盘快捷键',
  'shortcuts.intro': '用 Tab 键进入地图后：',
  'shortcuts.keyColumn': '按键',
  'shortcuts.doesColumn': '作用',
  'shortcuts.close': '关闭',
  'shortcuts.select.keys': '左 / 右方向键',
  'shortcuts.select.does': '按旅程顺序选择上一个 / 下一个触点',
  'shortcuts.emotion.keys': '上 / 下方向键',
  'shortcuts.emotion.does': '情绪 +0.5 / −0.5（按住 Shift：±1）',
  'shortcuts.move.keys': 'Alt+左 / Alt+右',
  'shortcuts.move.does': '将触点前移 / 后移一位，可跨阶段',
  'shortcuts.edit.keys': 'Enter 或 F2，双击',
  'shortcuts.edit.does': '原地编辑标题（Enter 确认，Escape 取消）',
  'shortcuts.add.keys': 'N 或 Insert',
  'shortcuts.add.does': '在所选触点之后添加触点',
  'shortcuts.remove.keys': 'Delete / Backspace',
  'shortcuts.remove.does': '删除所选触点',
  'shortcuts.escape.keys': 'Escape',
  'shortcuts.escape.does': '取消拖动，再按一次清除选择',
  'shortcuts.undo.keys': 'Ctrl/Cmd+Z',
  'shortcuts.undo.does': '撤销',
  'shortcuts.redo.keys': 'Ctrl/Cmd+Shift+Z，Ctrl+Y',
  'shortcuts.redo.does': '重做',
  'shortcuts.help.keys': '?',
  'shortcuts.help.does': '显示这份快捷键列表',
};

export const shortcutMessages = { en, 'zh-CN': zhCN };

/** The rows of the sheet, in the README's order. */
export const SHORTCUT_ROWS = ['select', 'emotion', 'move', 'edit', 'add', 'remove', 'escape', 'undo', 'redo', 'help'] as const;
