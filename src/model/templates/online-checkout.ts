/**
 * Online checkout: buying running shoes from a web shop on a phone.
 *
 * The story: browsing goes well, then checkout piles up friction and the payment fails (the
 * peak, -4). An early delivery and a good fit are the best moment, but the journey ends on a
 * routine review request (+0.5), so it is remembered worse (peak-end -1.75) than it went on
 * average (mean +0.4).
 */
import type { BilingualJourney } from './bilingual';

export const onlineCheckout: BilingualJourney = {
  id: 'online-checkout',
  en: {
    name: 'Online checkout',
    summary: 'A shopper buys running shoes from a web shop on her phone: cart, account, payment, delivery and review.',
    title: 'Buying running shoes online',
    description:
      'One shopper from a sale notification to the review request, as seen in session recordings and ten follow-up interviews. Checkout is where we lose people.',
    persona: {
      name: 'Mia, weekend runner',
      summary: '29, nurse on shifts, shops on her phone in short breaks.',
      goals: ['Replace worn-out shoes before a 10 km race', 'Pay quickly and get on with her day'],
      motivations: ['A 20% sale on a brand she trusts', 'Free returns if the size is wrong'],
      frustrations: ['Costs that appear only at the last step', 'Forms that forget what she typed'],
    },
  },
  zh: {
    name: '电商下单结账',
    summary: '用户在手机上买一双跑鞋：领券、凑单、下单支付、收货到评价的完整链路。',
    title: '手机下单买跑鞋',
    description: '基于埋点漏斗和 10 位用户回访整理的下单旅程。流失主要发生在结算页，支付环节问题最集中。',
    persona: {
      name: '小林，周末跑步爱好者',
      summary: '29 岁，三班倒的护士，习惯利用碎片时间在手机上购物。',
      goals: ['比赛前换一双合脚的跑鞋', '下单流程越快越好'],
      motivations: ['大促有满减，还能叠加店铺券', '支持七天无理由退换'],
      frustrations: ['优惠规则看不懂，到最后一步价格才变', '填过的信息一退出就没了'],
    },
  },
  stages: [
    {
      id: 'discover',
      kind: 'awareness',
      color: '#6366f1',
      en: { name: 'Discover', description: 'What brings her to the shop.' },
      zh: { name: '种草', description: '用户因为什么进店。' },
    },
    {
      id: 'choose',
      kind: 'consideration',
      color: '#0ea5e9',
      en: { name: 'Choose', description: 'Product page, size and reviews, then the cart.' },
      zh: { name: '选购', description: '看详情、选尺码、看评价，加入购物车。' },
    },
    {
      id: 'checkout',
      kind: 'purchase',
      color: '#f59e0b',
      en: { name: 'Checkout', description: 'Account, address and payment.' },
      zh: { name: '下单支付', description: '登录、填地址、用券、支付。' },
    },
    {
      id: 'delivery',
      kind: 'use',
      color: '#10b981',
      en: { name: 'Delivery', description: 'Waiting for the parcel and trying the shoes on.' },
      zh: { name: '收货', description: '等快递、签收、试穿。' },
    },
    {
      id: 'review',
      kind: 'feedback',
      color: '#ec4899',
      en: { name: 'Review', description: 'What the shop asks of her afterwards.' },
      zh: { name: '评价', description: '收货后商家的回访和评价邀请。' },
    },
  ],
  touchpoints: [
    {
      id: 'oc-sale-push',
      stageId: 'discover',
      emotion: 1.5,
      channel: 'app',
      en: {
        title: 'Gets a sale notification',
        delights: ['The brand she already runs in is 20% off'],
        owner: 'CRM team',
      },
      zh: {
        title: '收到大促推送',
        delights: ['常穿的品牌正好在满减活动里'],
        owner: '用户运营',
      },
    },
    {
      id: 'oc-search',
      stageId: 'discover',
      emotion: 0.5,
      channel: 'web',
      en: {
        title: 'Searches for her model',
        painPoints: ['Last season’s model is buried under sponsored results'],
        opportunities: ['Rank a customer’s past purchases first'],
        owner: 'Search team',
      },
      zh: {
        title: '搜索常穿的型号',
        painPoints: ['老款被一堆推广商品挤到后面'],
        opportunities: ['搜索结果优先展示“买过的同款/新款”'],
        owner: '搜索团队',
      },
    },
    {
      id: 'oc-product-page',
      stageId: 'choose',
      emotion: 2,
      channel: 'web',
      metrics: { csat: 4.3 },
      en: {
        title: 'Reads the product page and size guide',
        delights: ['Photos from other runners', '“Fits half a size small” in the reviews'],
        painPoints: ['Size chart only in US sizes'],
        owner: 'Catalogue team',
      },
      zh: {
        title: '看商品详情和尺码表',
        delights: ['买家秀很真实', '评价里有人说“偏小半码”，很有参考价值'],
        painPoints: ['尺码表只有美码，要自己换算'],
        owner: '商品运营',
      },
    },
    {
      id: 'oc-cart',
      stageId: 'choose',
      emotion: -1.5,
      channel: 'web',
      en: {
        title: 'Sees shipping costs appear in the cart',
        painPoints: ['€4.95 shipping she did not expect', 'Free shipping threshold not shown until now'],
        opportunities: ['Show the delivery cost on the product page'],
        owner: 'Pricing team',
      },
      zh: {
        title: '进购物车发现优惠没算上',
        painPoints: ['满减要凑单才能用，差 23 元', '店铺券和平台券能不能叠加说不清'],
        opportunities: ['在详情页直接显示“到手价”'],
        owner: '营销产品组',
      },
    },
    {
      id: 'oc-account',
      stageId: 'checkout',
      emotion: -3,
      channel: 'web',
      metrics: { ces: 5.8 },
      en: {
        title: 'Asked to create an account',
        description: 'No guest checkout; the password rules reject her first two tries.',
        painPoints: ['No guest checkout', 'Password rules shown only after an error'],
        opportunities: ['Offer guest checkout and an account after payment'],
        owner: 'Checkout team',
      },
      zh: {
        title: '被要求绑定手机号',
        description: '下单前必须绑定手机号，验证码一分钟后才到。',
        painPoints: ['已经登录了还要再验证一次', '验证码迟迟收不到'],
        opportunities: ['已登录用户免验证，或支持一键授权手机号'],
        owner: '交易团队',
      },
    },
    {
      id: 'oc-address',
      stageId: 'checkout',
      emotion: -1,
      channel: 'web',
      en: {
        title: 'Enters the delivery address',
        painPoints: ['Address lookup does not know her new street'],
        delights: ['Can choose a parcel locker near work'],
        owner: 'Checkout team',
      },
      zh: {
        title: '选择收货地址',
        painPoints: ['新小区在地址库里搜不到'],
        delights: ['可以选公司附近的快递柜'],
        owner: '交易团队',
      },
    },
    {
      id: 'oc-payment',
      stageId: 'checkout',
      emotion: -4,
      channel: 'web',
      keyMoment: true,
      metrics: { csat: 1.9, ces: 6.4 },
      en: {
        title: 'Payment fails at the bank check',
        description: 'The 3-D Secure window times out while she switches to her banking app; the cart empties.',
        painPoints: ['Cart emptied after the failed payment', 'Error says only “Something went wrong”'],
        opportunities: ['Keep the cart and say what happened', 'Offer a wallet payment as a retry'],
        owner: 'Payments team',
      },
      zh: {
        title: '支付失败，优惠券被退回',
        description: '跳转支付时超时，订单取消后优惠券要等一会儿才退回，价格一下子变高了。',
        painPoints: ['支付失败只提示“系统繁忙”', '重新下单时满减券显示“不可用”'],
        opportunities: ['支付失败时保留订单和优惠，直接重试', '明确告诉用户券何时退回'],
        owner: '支付团队',
      },
    },
    {
      id: 'oc-confirmation',
      stageId: 'checkout',
      emotion: 2,
      channel: 'email',
      en: {
        title: 'Gets the order confirmation',
        delights: ['Clear delivery date: tomorrow'],
        owner: 'CRM team',
      },
      zh: {
        title: '下单成功',
        channel: 'app',
        delights: ['页面直接显示“预计明天送达”'],
        owner: '用户运营',
      },
    },
    {
      id: 'oc-tracking',
      stageId: 'delivery',
      emotion: 1,
      channel: 'app',
      en: {
        title: 'Tracks the parcel',
        painPoints: ['Tracking link opens the carrier’s site, not ours'],
        owner: 'Logistics',
      },
      zh: {
        title: '查看物流',
        painPoints: ['物流信息半天不更新'],
        owner: '物流团队',
      },
    },
    {
      id: 'oc-delivered',
      stageId: 'delivery',
      emotion: 3.5,
      channel: 'in-person',
      keyMoment: true,
      metrics: { csat: 4.7 },
      en: {
        title: 'Parcel arrives a day early',
        delights: ['In the locker before her shift starts'],
        owner: 'Logistics',
      },
      zh: {
        title: '提前一天送到快递柜',
        delights: ['上班前顺路就取了'],
        owner: '物流团队',
      },
    },
    {
      id: 'oc-fit',
      stageId: 'delivery',
      emotion: 3,
      channel: 'in-person',
      en: {
        title: 'Tries them on: they fit',
        delights: ['The half-size tip from the reviews was right'],
      },
      zh: {
        title: '试穿，尺码刚好',
        delights: ['按评价里说的选大半码，果然合脚'],
      },
    },
    {
      id: 'oc-review-request',
      stageId: 'review',
      emotion: 0.5,
      channel: 'email',
      metrics: { nps: 18 },
      en: {
        title: 'Asked to review the purchase',
        painPoints: ['A 12-question survey for a pair of shoes'],
        opportunities: ['One question and a photo upload, then thank her'],
        owner: 'CRM team',
      },
      zh: {
        title: '收到评价邀请',
        channel: 'sms',
        painPoints: ['短信催评价，还要写满 15 个字才给积分'],
        opportunities: ['一键打分，晒图再给奖励'],
        owner: '用户运营',
      },
    },
  ],
};
