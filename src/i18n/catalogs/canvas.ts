/** Strings of the map canvas (stage columns, cards, emotion lane, markers). Owned by the canvas. */
const en = {
  'canvas.placeholder': 'Journey map',
};

const zhCN: Record<keyof typeof en, string> = {
  'canvas.placeholder': '旅程地图',
};

export const canvasMessages = { en, 'zh-CN': zhCN };
