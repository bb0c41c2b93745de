/**
 * Journeys of any size for export tests and the export benchmark: five stages, realistic
 * titles (English or Chinese), a curve with one clear peak and a distinct end, and some of every
 * lane's content.
 */
import type { JourneyDocument, Touchpoint } from 'journey-canvas/model';

const STAGES = {
  en: ['Awareness', 'Consideration', 'Purchase', 'Use', 'Feedback'],
  'zh-CN': ['认知', '考虑', '购买', '使用', '反馈'],
};

const TITLES = {
  en: [
    "Sees a friend's post about the store",
    'Searches for reviews',
    'Compares delivery options',
    'Adds the jacket to the cart',
    'Enters the card details',
    'Gets the order confirmation email',
    'Waits for the parcel',
    'Unboxes the jacket',
    'Calls the hotline about the size',
    'Returns the first jacket',
    'Gets the refund',
    'Answers the satisfaction survey',
  ],
  'zh-CN': [
    '在朋友圈看到朋友的推荐',
    '搜索用户评价',
    '比较配送方式',
    '把外套加入购物车',
    '填写银行卡信息',
    '收到订单确认短信',
    '等待快递送达',
    '拆开包裹试穿外套',
    '致电客服询问尺码',
    '退回第一件外套',
    '收到退款',
    '填写满意度问卷',
  ],
};

const CHANNELS = ['social', 'web', 'app', 'email', 'phone', 'store'];
const OWNERS = { en: ['Marketing', 'Web team', 'Checkout squad', 'Logistics', 'Support team'], 'zh-CN': ['市场部', '网站组', '结算小组', '物流部', '客服中心'] };
const PAINS = { en: ['Delivery fee shown only at the end', 'Hold music for 12 minutes'], 'zh-CN': ['运费到最后才显示', '电话等待了 12 分钟'] };
const DELIGHTS = { en: ['Free returns label in the box'], 'zh-CN': ['包裹里附有免费退货标签'] };
const IDEAS = { en: ['Show the size guide on the product page'], 'zh-CN': ['在商品页显示尺码指南'] };

/** Emotion of the i-th of n touchpoints: a wave, the peak (+4.5) at about 40%, a low at 70%, the end at +2. */
function emotionAt(i: number, n: number): number {
  if (i === n - 1) return 2;
  if (i === Math.floor(n * 0.4)) return 4.5;
  if (i === Math.floor(n * 0.7)) return -4;
  const wave = 2.5 * Math.sin((i / Math.max(1, n - 1)) * Math.PI * 3);
  return Math.round(wave * 2) / 2;
}

export function makeJourney(count: number, locale: 'en' | 'zh-CN' = 'en', title?: string): JourneyDocument {
  const stageIds = ['awareness', 'consideration', 'purchase', 'use', 'feedback'];
  const titles = TITLES[locale];
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < count; i++) {
    const stageId = stageIds[Math.min(4, Math.floor((i / count) * 5))] as string;
    const base = titles[i % titles.length] as string;
    const touchpoint: Touchpoint = {
      id: `t${i + 1}`,
      stageId,
      title: i < titles.length ? base : `${base} ${Math.floor(i / titles.length) + 1}`,
      emotion: emotionAt(i, count),
      channel: CHANNELS[i % CHANNELS.length] as string,
    };
    if (i % 3 === 0) touchpoint.owner = OWNERS[locale][i % 5] as string;
    if (i % 7 === 2) touchpoint.keyMoment = true;
    if (touchpoint.emotion < 0) touchpoint.painPoints = [PAINS[locale][i % 2] as string];
    if (touchpoint.emotion >= 3) touchpoint.delights = [DELIGHTS[locale][0] as string];
    if (i % 4 === 1) touchpoint.opportunities = [IDEAS[locale][0] as string];
    if (i % 5 === 0) touchpoint.metrics = { csat: 3 + (i % 3) * 0.5, nps: 20 - (i % 60), ces: 2 + (i % 4) };
    touchpoints.push(touchpoint);
  }
  return {
    format: 'journey-canvas',
    version: 2,
    id: `j-${locale}-${count}`,
    title: title ?? (locale === 'en' ? 'Buying a winter jacket online' : '线上购买冬季外套'),
    locale,
    persona: { name: locale === 'en' ? 'Mia, busy parent' : '小美，忙碌的家长' },
    stages: stageIds.map((id, index) => ({ id, name: STAGES[locale][index] as string })),
    touchpoints,
  };
}

/**
 * A "to-be" version of `before`: some emotions improved or worsened, the first touchpoint of the
 * purchase stage removed, and a new one added in the use stage.
 */
export function makeImprovedJourney(before: JourneyDocument): JourneyDocument {
  const removed = before.touchpoints.find((touchpoint) => touchpoint.stageId === 'purchase');
  const touchpoints = before.touchpoints
    .filter((touchpoint) => touchpoint !== removed)
    .map((touchpoint, index) => ({
      ...touchpoint,
      emotion: touchpoint.emotion < 0 ? Math.min(5, touchpoint.emotion + 2.5) : index % 4 === 3 ? Math.max(-5, touchpoint.emotion - 1) : touchpoint.emotion,
    }));
  const useAt = touchpoints.findIndex((touchpoint) => touchpoint.stageId === 'use');
  const added: Touchpoint = { id: 'new-chat', stageId: 'use', title: before.locale === 'zh-CN' ? '在线客服即时解答尺码问题' : 'Live chat answers the size question', emotion: 3.5, channel: 'chat' };
  touchpoints.splice(useAt + 1, 0, added);
  return { ...before, title: before.title, touchpoints };
}
