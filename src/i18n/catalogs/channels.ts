/**
 * Names of the common channels. A touchpoint's `channel` is free text stored as typed (usually a
 * short id such as `in-person`); these are what a person reads for it. See `channelLabel`.
 */
const en = {
  'channel.web': 'Web',
  'channel.app': 'App',
  'channel.mini-program': 'Mini program',
  'channel.phone': 'Phone',
  'channel.sms': 'SMS',
  'channel.email': 'Email',
  'channel.chat': 'Chat',
  'channel.wechat': 'WeChat',
  'channel.social': 'Social media',
  'channel.store': 'Store',
  'channel.in-person': 'In person',
  'channel.kiosk': 'Kiosk',
  'channel.mail': 'Mail',
  'channel.ad': 'Advertising',
  'channel.search': 'Search',
  'channel.video': 'Video',
  'channel.audio': 'Audio',
  'channel.event': 'Event',
  'channel.partner': 'Partner',
  'channel.delivery': 'Delivery',
};

const zhCN: Record<keyof typeof en, string> = {
  'channel.web': '网站',
  'channel.app': '应用',
  'channel.mini-program': '小程序',
  'channel.phone': '电话',
  'channel.sms': '短信',
  'channel.email': '邮件',
  'channel.chat': '在线聊天',
  'channel.wechat': '微信',
  'channel.social': '社交媒体',
  'channel.store': '门店',
  'channel.in-person': '面对面',
  'channel.kiosk': '自助终端',
  'channel.mail': '信件',
  'channel.ad': '广告',
  'channel.search': '搜索',
  'channel.video': '视频',
  'channel.audio': '音频',
  'channel.event': '活动',
  'channel.partner': '合作伙伴',
  'channel.delivery': '配送',
};

export const channelMessages = { en, 'zh-CN': zhCN };
