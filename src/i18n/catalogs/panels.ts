/** Strings of the panels around the map (inspector, summary, persona, table, toolbar). */
const en = {
  'panel.placeholder': 'Panel',
};

const zhCN: Record<keyof typeof en, string> = {
  'panel.placeholder': '面板',
};

export const panelMessages = { en, 'zh-CN': zhCN };
