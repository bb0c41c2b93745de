/**
 * The live workshop page's own words, in English and Simplified Chinese (the editor brings its
 * own catalogs). `?lang=zh-CN` chooses; otherwise the browser's language does.
 */
export type LiveLocale = 'en' | 'zh-CN';

const en = {
  title: 'Live workshop',
  youAre: (name: string) => `You are ${name}`,
  sharedWith: (where: string) => `Shared with ${where}`,
  connecting: 'Connecting…',
  refused: (reason: string) => `The server refused this room: ${reason}. Check the token in your link.`,
  alsoHere: 'Also here',
  joinHeading: 'Join the workshop',
  joinName: 'Your name',
  joinButton: 'Join',
  joinHint: 'Others see this name beside your ratings.',
  roundHeading: 'Rating round',
  noRound: 'No round running. Start one to let everyone rate on their own device.',
  wholeJourney: 'Whole journey',
  startRound: 'Start round',
  scope: 'Touchpoints to rate',
  roundOpen: (scope: string) => `Round open: ${scope}`,
  roundRevealed: (scope: string) => `Revealed: ${scope}`,
  reveal: 'Reveal ratings',
  endRound: 'End round',
  ratedCount: (rated: number, of: number) => `${rated} of ${of} rated`,
  hiddenNote: 'Values stay hidden until you reveal them, so nobody anchors on the first number. Hidden is a view choice, not secrecy.',
  participantsJoined: (n: number) => (n === 1 ? '1 participant joined' : `${n} participants joined`),
  roomMean: (mean: string, min: string, max: string, n: number) => `Room: ${mean} (from ${min} to ${max}), ${n} ${n === 1 ? 'rating' : 'ratings'}`,
  noRatings: 'No ratings yet',
  rateHeading: 'Rate',
  touchpointOf: (i: number, n: number) => `Touchpoint ${i} of ${n}`,
  rateLabel: (value: string) => `Rate ${value}`,
  ratingsScale: 'How did the customer feel here? −5 very bad, +5 very good',
  yourRating: (value: string) => `Your rating: ${value}`,
  notRatedYet: 'Not rated yet',
  waiting: 'Waiting for the facilitator to reveal',
  previous: 'Previous',
  next: 'Next',
  noTouchpoints: 'This journey has no touchpoints to rate yet.',
  viewerNote: 'You are watching: viewers do not rate.',
  openRateView: 'Rate on this device',
  openMap: 'Show the map',
};

export type LiveMessages = typeof en;

const zhCN: LiveMessages = {
  title: '实时工作坊',
  youAre: (name) => `你是 ${name}`,
  sharedWith: (where) => `共享于 ${where}`,
  connecting: '正在连接…',
  refused: (reason) => `服务器拒绝了这个房间：${reason}。请检查链接中的令牌。`,
  alsoHere: '也在这里',
  joinHeading: '加入工作坊',
  joinName: '你的名字',
  joinButton: '加入',
  joinHint: '其他人会在你的评分旁看到这个名字。',
  roundHeading: '评分轮',
  noRound: '当前没有评分轮。开始一轮，让每个人在自己的设备上评分。',
  wholeJourney: '整个旅程',
  startRound: '开始评分',
  scope: '要评分的触点',
  roundOpen: (scope) => `评分进行中：${scope}`,
  roundRevealed: (scope) => `已公布：${scope}`,
  reveal: '公布评分',
  endRound: '结束本轮',
  ratedCount: (rated, of) => `${of} 人中已有 ${rated} 人评分`,
  hiddenNote: '公布前各人的分数不显示，避免大家受第一个数字影响。隐藏只是显示方式，并非保密。',
  participantsJoined: (n) => `已有 ${n} 位参与者加入`,
  roomMean: (mean, min, max, n) => `全场：${mean}（${min} 至 ${max}），共 ${n} 个评分`,
  noRatings: '还没有评分',
  rateHeading: '评分',
  touchpointOf: (i, n) => `第 ${i} 个触点，共 ${n} 个`,
  rateLabel: (value) => `评分 ${value}`,
  ratingsScale: '客户在这里感受如何？−5 非常差，+5 非常好',
  yourRating: (value) => `你的评分：${value}`,
  notRatedYet: '尚未评分',
  waiting: '等待主持人公布',
  previous: '上一个',
  next: '下一个',
  noTouchpoints: '这个旅程还没有可评分的触点。',
  viewerNote: '你在旁观：旁观者不评分。',
  openRateView: '在此设备上评分',
  openMap: '显示旅程图',
};

export function liveLocale(parameter: string | null, browserLanguage: string): LiveLocale {
  const wanted = parameter ?? browserLanguage;
  return wanted.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function liveMessages(locale: LiveLocale): LiveMessages {
  return locale === 'zh-CN' ? zhCN : en;
}

/** An emotion as people write it: +2, −3.5, 0 (a real minus sign). */
export function signed(value: number): string {
  const text = String(Math.round(value * 100) / 100);
  return value > 0 ? `+${text}` : value < 0 ? `−${text.slice(1)}` : '0';
}
