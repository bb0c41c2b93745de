/** Strings shared across the editor. Placeholders are `{name}`; see `formatMessage`. */
const en = {
  'common.emotion': 'Emotion',
  'common.peak': 'Peak',
  'common.end': 'End',
  'common.best': 'Best',
  'common.worst': 'Worst',
  'common.untitled': 'Untitled',
  'common.invalidValue': 'This journey could not be loaded',
  'common.invalidPaste': 'Nothing was pasted: the clipboard does not hold a valid journey',
  'common.invalidOpen': 'The file was not opened: it is not a valid journey',
  'common.invalidOperation': 'That change was not applied',
  'common.invalidRemote': 'A change from a collaborator made the shared journey invalid; you are seeing its last valid state',
  'common.dismiss': 'Dismiss',
};

const zhCN: Record<keyof typeof en, string> = {
  'common.emotion': '情绪',
  'common.peak': '峰值',
  'common.end': '终点',
  'common.best': '最佳',
  'common.worst': '最差',
  'common.untitled': '未命名',
  'common.invalidValue': '无法加载此旅程',
  'common.invalidPaste': '未粘贴任何内容：剪贴板中不是有效的旅程',
  'common.invalidOpen': '未打开文件：它不是有效的旅程',
  'common.invalidOperation': '此更改未应用',
  'common.invalidRemote': '协作者的更改使共享旅程无效；当前显示的是最后一个有效版本',
  'common.dismiss': '关闭',
};

export const commonMessages = { en, 'zh-CN': zhCN };
