/**
 * The playground's own words, in the two languages the editor speaks; the language select
 * switches both. Edits are said in words ("changed an emotion"), not operation names.
 */
import type { JourneyLocale } from 'journey-canvas';

const en = {
  appName: 'playground',
  reset: 'Reset to sample',
  template: 'Template',
  templatePlaceholder: 'Start from a template…',
  language: 'Language',
  darkMode: 'Dark mode',
  restored: 'Restored your last journey from this browser.',
  sample: 'Sample journey; edits are saved in this browser.',
  sampleInstead: 'Showing the sample journey.',
  unreadable: 'The journey saved in this browser could not be read',
  saved: 'Saved in this browser: {change}.',
  notSaved: 'Could not save in this browser: {change}.',
  notSavedLoad: '{message} It could not be saved in this browser.',
  templateStarted: 'Started from the template “{name}”.',
  backToSample: 'Back to the sample journey.',
  dismiss: 'Dismiss',
  detail: 'Detail: {message}',
  'change.addTouchpoint': 'added a touchpoint',
  'change.updateTouchpoint': 'edited a touchpoint',
  'change.removeTouchpoint': 'removed a touchpoint',
  'change.duplicateTouchpoint': 'duplicated a touchpoint',
  'change.moveTouchpoint': 'moved a touchpoint',
  'change.setEmotion': 'changed an emotion',
  'change.insertTouchpoints': 'pasted touchpoints',
  'change.addStage': 'added a stage',
  'change.updateStage': 'edited a stage',
  'change.renameStage': 'renamed a stage',
  'change.recolorStage': 'recolored a stage',
  'change.moveStage': 'moved a stage',
  'change.removeStage': 'removed a stage',
  'change.setTitle': 'renamed the journey',
  'change.setDescription': 'edited the description',
  'change.updatePersona': 'edited the persona',
  'change.replaceDocument': 'opened a journey',
  'change.addParticipant': 'added a participant',
  'change.updateParticipant': 'edited a participant',
  'change.removeParticipant': 'removed a participant and their ratings',
  'change.setRating': 'recorded a rating',
  'change.removeRating': 'removed a rating',
  'change.addEvidence': 'added evidence',
  'change.updateEvidence': 'edited evidence',
  'change.removeEvidence': 'removed evidence',
  'change.undo': 'undid the last change',
  'change.redo': 'redid a change',
  'change.other': 'your change',
};

type EmbedMessages = typeof en;

const zhCN: EmbedMessages = {
  appName: '演练场',
  reset: '恢复示例',
  template: '模板',
  templatePlaceholder: '从模板开始…',
  language: '语言',
  darkMode: '深色模式',
  restored: '已从此浏览器恢复上次的旅程。',
  sample: '正在显示示例旅程。编辑会自动保存在此浏览器中。',
  sampleInstead: '改为显示示例旅程。',
  unreadable: '此浏览器中保存的旅程无法读取',
  saved: '已保存在此浏览器：{change}。',
  notSaved: '无法保存在此浏览器：{change}。',
  notSavedLoad: '{message}但无法保存在此浏览器中。',
  templateStarted: '已从模板“{name}”开始。',
  backToSample: '已恢复为示例旅程。',
  dismiss: '关闭',
  detail: '详情：{message}',
  'change.addTouchpoint': '添加了触点',
  'change.updateTouchpoint': '编辑了触点',
  'change.removeTouchpoint': '删除了触点',
  'change.duplicateTouchpoint': '复制了触点',
  'change.moveTouchpoint': '移动了触点',
  'change.setEmotion': '修改了情绪',
  'change.insertTouchpoints': '粘贴了触点',
  'change.addStage': '添加了阶段',
  'change.updateStage': '编辑了阶段',
  'change.renameStage': '重命名了阶段',
  'change.recolorStage': '更改了阶段颜色',
  'change.moveStage': '移动了阶段',
  'change.removeStage': '删除了阶段',
  'change.setTitle': '重命名了旅程',
  'change.setDescription': '编辑了描述',
  'change.updatePersona': '编辑了用户画像',
  'change.replaceDocument': '打开了一个旅程',
  'change.addParticipant': '添加了参与者',
  'change.updateParticipant': '修改了参与者',
  'change.removeParticipant': '移除了参与者及其评分',
  'change.setRating': '记录了评分',
  'change.removeRating': '移除了评分',
  'change.addEvidence': '添加了证据',
  'change.updateEvidence': '修改了证据',
  'change.removeEvidence': '移除了证据',
  'change.undo': '撤销了上一步',
  'change.redo': '重做了一步',
  'change.other': '你的更改',
};

export function embedMessages(locale: JourneyLocale): EmbedMessages {
  return locale === 'zh-CN' ? zhCN : en;
}

/** An edit in words: "changed an emotion", "撤销了上一步". */
export function changeInWords(operation: string, messages: EmbedMessages): string {
  const key = `change.${operation}`;
  return key in messages ? messages[key as keyof EmbedMessages] : messages['change.other'];
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
