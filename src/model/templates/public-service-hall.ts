/**
 * Public service hall: a citizen registers a small business at the city's service hall.
 *
 * The story: good guidance and an easy booking, then the queue ignores the appointment and the
 * counter turns her away over one unsigned page (the peak, -4.5). An officer saves the visit, the
 * licence is printed within twenty minutes (the best moment, +4), but the journey ends on a
 * duplicate survey a week later (-0.5). The average is mildly positive; what she remembers is
 * strongly negative (peak-end -2.5): the counter and the last contact are the places to act.
 */
import type { BilingualJourney } from './bilingual';

export const publicServiceHall: BilingualJourney = {
  id: 'public-service-hall',
  en: {
    name: 'Public service hall',
    summary: 'A citizen registers a small business in person: guide, appointment, queue, counter, certificate and rating.',
    title: 'Registering a small business at the service hall',
    description:
      'One visit to the city service hall, from reading the guide to the follow-up survey, mapped from shadowing at the hall and fifteen citizen interviews.',
    persona: {
      name: 'Grace, opening a bakery',
      summary: '41, first business of her own, takes a morning off from her current job for the visit.',
      goals: ['Get the business licence in one visit', 'Open the shop before the lease starts costing money'],
      motivations: ['The bakery’s opening date is set', 'Friends said the hall is much better than it used to be'],
      frustrations: ['Being sent home for a missing paper', 'Not knowing how long the wait will be'],
    },
  },
  zh: {
    name: '政务服务大厅办事',
    summary: '群众到政务服务大厅现场办理营业执照：查办事指南、预约、取号排队、窗口办理、领证和“好差评”。',
    title: '到政务服务大厅办理个体工商户营业执照',
    description: '一次完整的线下办事经历，从查看办事指南到一周后的回访。素材来自大厅现场观察和 15 位办事群众的访谈。',
    persona: {
      name: '刘女士，准备开烘焙店',
      summary: '41 岁，第一次自己开店，向单位请了半天假来办事。',
      goals: ['“最多跑一次”，一次把执照办下来', '赶在房租起算前开业'],
      motivations: ['开业日期已经定了', '听朋友说现在大厅办事方便多了'],
      frustrations: ['因为缺一份材料白跑一趟', '排队不知道要等多久'],
    },
  },
  stages: [
    {
      id: 'guide',
      kind: 'awareness',
      color: '#6366f1',
      en: { name: 'Guide', description: 'Finding out what to bring and where to go.' },
      zh: { name: '办事指南', description: '了解要带什么材料、去哪里办。' },
    },
    {
      id: 'appointment',
      kind: 'consideration',
      color: '#0ea5e9',
      en: { name: 'Appointment', description: 'Booking a time slot and the reminder.' },
      zh: { name: '预约', description: '预约办理时段，收到提醒。' },
    },
    {
      id: 'queue',
      kind: 'custom',
      color: '#64748b',
      en: { name: 'Queue', description: 'The entrance, the ticket and the wait.' },
      zh: { name: '取号排队', description: '进门导办、取号、等候叫号。' },
    },
    {
      id: 'counter',
      kind: 'purchase',
      color: '#f59e0b',
      en: { name: 'Counter', description: 'The officer checks the papers and accepts the application.' },
      zh: { name: '窗口办理', description: '窗口人员审核材料、受理申请。' },
    },
    {
      id: 'certificate',
      kind: 'use',
      color: '#10b981',
      en: { name: 'Certificate', description: 'The licence, on paper and in the city app.' },
      zh: { name: '领证', description: '领取纸质执照和电子执照。' },
    },
    {
      id: 'rating',
      kind: 'feedback',
      color: '#ec4899',
      en: { name: 'Rating', description: 'How the hall asks her to rate the service.' },
      zh: { name: '评价', description: '“好差评”评价和事后回访。' },
    },
  ],
  touchpoints: [
    {
      id: 'ps-online-guide',
      stageId: 'guide',
      emotion: -1,
      channel: 'web',
      en: {
        title: 'Reads the service guide online',
        painPoints: ['Legal terms she has to look up', '“Other documents as required” at the end of the list'],
        opportunities: ['A checklist in plain words, built from her answers'],
        owner: 'Digital services office',
      },
      zh: {
        title: '在政务网查看办事指南',
        painPoints: ['很多专业术语看不懂', '材料清单最后一条写着“其他相关材料”'],
        opportunities: ['按她的情况生成一份大白话材料清单'],
        owner: '数据资源局（政务网）',
      },
    },
    {
      id: 'ps-hotline',
      stageId: 'guide',
      emotion: 1.5,
      channel: 'phone',
      metrics: { csat: 4.4 },
      en: {
        title: 'Calls the city hotline',
        delights: ['The agent lists exactly what to bring for a bakery'],
        owner: 'City hotline',
      },
      zh: {
        title: '打 12345 热线咨询',
        delights: ['接线员按开烘焙店的情况把材料逐条说清楚了'],
        owner: '12345 热线',
      },
    },
    {
      id: 'ps-booking',
      stageId: 'appointment',
      emotion: 1,
      channel: 'app',
      en: {
        title: 'Books a slot in the city app',
        painPoints: ['First free slot is five working days away'],
        delights: ['Takes two minutes'],
        owner: 'Service hall management',
      },
      zh: {
        title: '在政务 App 上预约',
        channel: 'mini-program',
        painPoints: ['最早只能约到五个工作日后'],
        delights: ['两分钟就约好了'],
        owner: '政务服务中心',
      },
    },
    {
      id: 'ps-reminder',
      stageId: 'appointment',
      emotion: 1.5,
      channel: 'sms',
      en: {
        title: 'Gets a reminder with the checklist',
        delights: ['Floor, counter number and the document list in one text'],
        owner: 'Service hall management',
      },
      zh: {
        title: '收到预约提醒短信',
        delights: ['楼层、窗口号和材料清单都写在一条短信里'],
        owner: '政务服务中心',
      },
    },
    {
      id: 'ps-guide-desk',
      stageId: 'queue',
      emotion: 2,
      channel: 'in-person',
      en: {
        title: 'The guide at the entrance looks over her papers',
        delights: ['Friendly, and sends her to the right floor'],
        painPoints: ['Counts the papers but does not read them'],
        owner: 'Floor guides',
      },
      zh: {
        title: '进门导办员帮忙预审材料',
        delights: ['态度很好，直接指到对应楼层'],
        painPoints: ['只数了材料份数，没细看内容'],
        owner: '导办服务台',
      },
    },
    {
      id: 'ps-ticket',
      stageId: 'queue',
      emotion: -3,
      channel: 'kiosk',
      en: {
        title: 'The ticket machine does not know her appointment',
        painPoints: ['Booking code rejected; given a walk-in ticket'],
        opportunities: ['Check in with the booking by scanning a code'],
        owner: 'Service hall IT',
      },
      zh: {
        title: '取号机识别不了预约，只能取普通号',
        painPoints: ['输入预约码提示“无效”，只好排普通号'],
        opportunities: ['扫码即可预约签到，自动优先叫号'],
        owner: '大厅信息化运维',
      },
    },
    {
      id: 'ps-wait',
      stageId: 'queue',
      emotion: -3.5,
      channel: 'in-person',
      metrics: { ces: 6 },
      en: {
        title: 'Waits 70 minutes; the screen skips numbers',
        painPoints: ['No estimated wait', 'Numbers called out of order with no explanation'],
        opportunities: ['Show the estimated wait on the ticket and in the app'],
        owner: 'Service hall management',
      },
      zh: {
        title: '等了 70 分钟，叫号屏还跳号',
        painPoints: ['不知道前面还要等多久', '叫号顺序乱，没人解释'],
        opportunities: ['小程序里实时显示前面还有几人、预计等待时间'],
        owner: '政务服务中心',
      },
    },
    {
      id: 'ps-counter-rejected',
      stageId: 'counter',
      emotion: -4.5,
      channel: 'in-person',
      keyMoment: true,
      metrics: { csat: 1.5 },
      en: {
        title: 'Told to come back: one page of the lease is unsigned',
        description: 'After the long wait, the officer finds that the landlord did not sign the last page.',
        painPoints: ['Another morning off work', 'Nobody checked this earlier, though three people saw the papers'],
        opportunities: ['Check signatures at the guide desk', 'Let small gaps be supplied later'],
        owner: 'Business registration counter',
      },
      zh: {
        title: '窗口说租赁合同少签一页，要补齐再来',
        description: '排了一个多小时，窗口发现房东漏签了合同最后一页。',
        painPoints: ['又要再请半天假', '前面三个人看过材料，都没发现'],
        opportunities: ['导办预审时就核对签字页', '推行“容缺受理”，次要材料允许后补'],
        owner: '市场监管窗口',
      },
    },
    {
      id: 'ps-counter-accepted',
      stageId: 'counter',
      emotion: 3,
      channel: 'in-person',
      en: {
        title: 'A senior officer accepts it with a promise to send the page',
        delights: ['Photo of the signed page by email is enough'],
        owner: 'Business registration counter',
      },
      zh: {
        title: '窗口负责人同意容缺受理',
        delights: ['签好后拍照线上补交就行，不用再跑一趟'],
        owner: '市场监管窗口',
      },
    },
    {
      id: 'ps-licence-printed',
      stageId: 'certificate',
      emotion: 4,
      channel: 'in-person',
      keyMoment: true,
      metrics: { csat: 4.9 },
      en: {
        title: 'Licence printed on the spot in 20 minutes',
        delights: ['She leaves with the licence in her hand'],
        owner: 'Business registration counter',
      },
      zh: {
        title: '20 分钟当场领到营业执照',
        delights: ['当天拿证，比预想的快多了'],
        owner: '市场监管窗口',
      },
    },
    {
      id: 'ps-e-licence',
      stageId: 'certificate',
      emotion: 2.5,
      channel: 'app',
      en: {
        title: 'The electronic licence appears in the city app',
        delights: ['The bank accepts it for the business account'],
        owner: 'Digital services office',
      },
      zh: {
        title: '电子营业执照同步到手机上',
        channel: 'mini-program',
        delights: ['去银行开对公账户直接出示电子执照就行'],
        owner: '数据资源局',
      },
    },
    {
      id: 'ps-rating-pad',
      stageId: 'rating',
      emotion: 1.5,
      channel: 'in-person',
      metrics: { csat: 4.2 },
      en: {
        title: 'Rates the service on the counter tablet',
        painPoints: ['Asked to rate while the officer watches'],
        owner: 'Service quality office',
      },
      zh: {
        title: '在窗口评价器上打分',
        painPoints: ['工作人员就在对面看着，不好意思给差评'],
        owner: '政务服务中心督查科',
      },
    },
    {
      id: 'ps-follow-up-survey',
      stageId: 'rating',
      emotion: -0.5,
      channel: 'sms',
      metrics: { nps: -5 },
      en: {
        title: 'A survey a week later asks the same questions again',
        painPoints: ['Nothing about the wait or the turn-away she mentioned', 'Feels like a form, not a conversation'],
        opportunities: ['Follow up on what she said, and tell her what changed'],
        owner: 'Service quality office',
      },
      zh: {
        title: '一周后又收到回访短信，问的还是同样的问题',
        painPoints: ['她反映的排队和跳号问题没有任何回应', '像走形式，不像真想听意见'],
        opportunities: ['针对她提过的问题回访，并告知整改情况'],
        owner: '政务服务中心督查科',
      },
    },
  ],
};
