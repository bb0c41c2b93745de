/**
 * B2B equipment sale: a food manufacturer buys a packaging line, from a trade fair to after-sales
 * visits, over about ten months.
 *
 * The story: a long, mostly good sales cycle, then the installation fails on commissioning day
 * and the plant stands still (the peak, -4.5). The vendor recovers, and the journey ends on a warm
 * quarterly after-sales visit (+3.5). The customer remembers the failure pulled halfway back by
 * the visit (peak-end -0.5), below the mostly positive average: the installation is the moment
 * to fix, the after-sales visit the one to keep.
 */
import type { BilingualJourney } from './bilingual';

export const b2bEquipmentSale: BilingualJourney = {
  id: 'b2b-equipment-sale',
  en: {
    name: 'B2B equipment sale',
    summary: 'A manufacturer buys a packaging line: a long sales cycle, a failed installation, recovery and after-sales visits.',
    title: 'Buying and running a packaging line',
    description:
      'Ten months with one customer, from first contact to the second after-sales visit, mapped with the plant manager, the buyer and our field engineers.',
    persona: {
      name: 'Tomás, plant manager',
      summary: 'Runs a snack factory with three shifts; answers for uptime and for every euro of capital spend.',
      goals: ['Double packing speed on line 2 without extra staff', 'No unplanned downtime in peak season'],
      motivations: ['Retailers demand new pack formats', 'The old line’s spare parts are discontinued'],
      frustrations: ['Vendors who vanish after the contract', 'Installations that overrun into production weeks'],
    },
  },
  zh: {
    name: 'B2B 设备销售',
    summary: '食品厂采购一条包装线：较长的销售周期、安装调试失败后的补救，以及售后巡检。',
    title: '包装线从采购到售后',
    description: '一位客户十个月的完整经历，从展会初次接触到第二次售后巡检。由厂长、采购和我们的现场工程师一起复盘整理。',
    persona: {
      name: '陈厂长',
      summary: '负责一家三班倒的休闲食品厂，对设备开动率和每一笔设备投资负责。',
      goals: ['2 号线包装速度翻倍，不增加人手', '旺季不出现计划外停机'],
      motivations: ['商超客户要求推出新包装规格', '老设备的备件已经停产'],
      frustrations: ['签完合同就找不到人', '安装调试拖进生产旺季'],
    },
  },
  stages: [
    {
      id: 'first-contact',
      kind: 'awareness',
      color: '#6366f1',
      en: { name: 'First contact', description: 'Trade fair, referrals, first conversations.' },
      zh: { name: '初次接触', description: '展会、同行介绍和第一次沟通。' },
    },
    {
      id: 'evaluation',
      kind: 'consideration',
      color: '#0ea5e9',
      en: { name: 'Evaluation', description: 'Site survey, test runs and the quote: about four months.' },
      zh: { name: '方案评估', description: '现场勘察、打样测试、报价，历时约四个月。' },
    },
    {
      id: 'contract',
      kind: 'purchase',
      color: '#f59e0b',
      en: { name: 'Contract', description: 'Procurement, terms and signature.' },
      zh: { name: '商务签约', description: '采购谈判、合同条款和签约。' },
    },
    {
      id: 'installation',
      kind: 'use',
      color: '#10b981',
      en: { name: 'Installation', description: 'Delivery, commissioning and operator training.' },
      zh: { name: '安装调试', description: '到货、安装调试和操作工培训。' },
    },
    {
      id: 'after-sales',
      kind: 'feedback',
      color: '#ec4899',
      en: { name: 'After-sales', description: 'Spare parts, service visits and what the plant tells its peers.' },
      zh: { name: '售后服务', description: '备件、巡检回访，以及客户对同行的口碑。' },
    },
  ],
  touchpoints: [
    {
      id: 'b2b-trade-fair',
      stageId: 'first-contact',
      emotion: 2,
      channel: 'in-person',
      en: {
        title: 'Meets our sales engineer at a trade fair',
        delights: ['Talks to an engineer, not a brochure'],
        owner: 'Sales',
      },
      zh: {
        title: '在展会上和我们的销售工程师交流',
        delights: ['来的是懂技术的工程师，能聊到点子上'],
        owner: '销售部',
      },
    },
    {
      id: 'b2b-reference',
      stageId: 'first-contact',
      emotion: 1.5,
      channel: 'phone',
      en: {
        title: 'Calls a reference customer',
        painPoints: ['Only one reference in his industry'],
        owner: 'Sales',
      },
      zh: {
        title: '去同行工厂参观已投产的设备',
        channel: 'in-person',
        painPoints: ['同行业的案例只有一家'],
        owner: '销售部',
      },
    },
    {
      id: 'b2b-site-survey',
      stageId: 'evaluation',
      emotion: 2.5,
      channel: 'in-person',
      en: {
        title: 'Site survey by an application engineer',
        delights: ['Measures the floor and the doors, not just the line'],
        painPoints: ['Power supply checked only by asking, not measured'],
        opportunities: ['A survey checklist that includes measured power and air'],
        owner: 'Application engineering',
      },
      zh: {
        title: '应用工程师现场勘察',
        delights: ['连车间门宽、地面承重都量了'],
        painPoints: ['供电参数只是口头问了一下，没有实测'],
        opportunities: ['勘察清单加上电源、气源的实测项'],
        owner: '应用工程部',
      },
    },
    {
      id: 'b2b-test-run',
      stageId: 'evaluation',
      emotion: 3.5,
      channel: 'in-person',
      metrics: { csat: 4.8 },
      en: {
        title: 'Test run with his own product at our demo centre',
        delights: ['Sees his own bags sealed at twice today’s speed'],
        owner: 'Demo centre',
      },
      zh: {
        title: '带自家产品到我们的样机中心打样',
        delights: ['亲眼看到自己的产品按两倍速度封好袋'],
        owner: '样机中心',
      },
    },
    {
      id: 'b2b-quote',
      stageId: 'evaluation',
      emotion: -2,
      channel: 'email',
      metrics: { ces: 5.2 },
      en: {
        title: 'Waits three weeks for a configured quote',
        painPoints: ['Three versions, each with different options', 'No one owns the quote'],
        opportunities: ['A configurator that prices options as he chooses them'],
        owner: 'Sales operations',
      },
      zh: {
        title: '等了三周才拿到正式报价',
        painPoints: ['改了三版，每版配置都不一样', '不知道该找谁催'],
        opportunities: ['报价指定专人负责，并承诺时效'],
        owner: '销售支持',
      },
    },
    {
      id: 'b2b-business-case',
      stageId: 'evaluation',
      emotion: 1,
      channel: 'email',
      en: {
        title: 'Gets a payback calculation for his board',
        delights: ['Uses his own labour costs and volumes'],
        owner: 'Sales',
      },
      zh: {
        title: '拿到投资回报测算，用于内部立项',
        delights: ['按他们厂自己的人工成本和产量算的，老板认可'],
        owner: '销售部',
      },
    },
    {
      id: 'b2b-procurement',
      stageId: 'contract',
      emotion: -1.5,
      channel: 'in-person',
      en: {
        title: 'Procurement negotiates terms',
        painPoints: ['Penalty clause debated for a month', 'Legal teams talk past each other'],
        owner: 'Sales and legal',
      },
      zh: {
        title: '采购部压价、谈付款条件',
        painPoints: ['付款比例和质保金来回谈了一个月', '双方法务意见对不上'],
        owner: '销售部、法务部',
      },
    },
    {
      id: 'b2b-contract',
      stageId: 'contract',
      emotion: 2,
      channel: 'in-person',
      keyMoment: true,
      en: {
        title: 'Signs the contract; installation booked for week 32',
        delights: ['A named project manager from day one'],
        owner: 'Project management',
      },
      zh: {
        title: '签订合同，约定第 32 周安装',
        delights: ['签约当天就指定了项目经理'],
        owner: '项目管理部',
      },
    },
    {
      id: 'b2b-delivery',
      stageId: 'installation',
      emotion: -3,
      channel: 'phone',
      en: {
        title: 'Learns of a two-week delivery delay by chasing',
        painPoints: ['He had to call us; we did not call him', 'Shift plans already changed for week 32'],
        opportunities: ['Proactive delay notice with a new date and a reason'],
        owner: 'Logistics',
      },
      zh: {
        title: '追问后才知道发货推迟两周',
        painPoints: ['是他打电话问才知道的，我们没主动说', '为第 32 周调整好的排班白费了'],
        opportunities: ['延期主动告知，说明原因和新的到货日期'],
        owner: '物流部',
      },
    },
    {
      id: 'b2b-commissioning',
      stageId: 'installation',
      emotion: -4.5,
      channel: 'in-person',
      keyMoment: true,
      metrics: { csat: 1.4 },
      en: {
        title: 'Installation fails on commissioning day',
        description: 'The line’s drives need a supply the plant does not have; line 2 is stopped for three days.',
        painPoints: ['Line 2 down in the week before peak season', 'Engineers on site cannot decide anything'],
        opportunities: ['Measure power and air in the site survey', 'Give the site team authority to order parts'],
        owner: 'Field service',
      },
      zh: {
        title: '安装调试当天失败，产线停了三天',
        description: '设备驱动要求的电源规格和车间现有供电不匹配，2 号线停产三天，正赶在旺季前。',
        painPoints: ['旺季前一周停线，订单交付受影响', '现场工程师做不了主，事事要请示总部'],
        opportunities: ['勘察阶段实测电源和气源', '给现场团队授权，可以直接调配件'],
        owner: '现场服务部',
      },
    },
    {
      id: 'b2b-recovery',
      stageId: 'installation',
      emotion: 1.5,
      channel: 'in-person',
      en: {
        title: 'A specialist flies in; the line runs within 48 hours',
        delights: ['Our service director calls him personally'],
        owner: 'Field service',
      },
      zh: {
        title: '总部专家连夜赶到，48 小时内恢复生产',
        delights: ['我们的服务总监亲自打电话致歉'],
        owner: '现场服务部',
      },
    },
    {
      id: 'b2b-training',
      stageId: 'installation',
      emotion: 2,
      channel: 'in-person',
      en: {
        title: 'Operator training on all three shifts',
        delights: ['Night shift trained at night, not asked to come in by day'],
        owner: 'Training',
      },
      zh: {
        title: '三个班次的操作工分别培训',
        delights: ['夜班就在夜里培训，不用白天加班来学'],
        owner: '培训中心',
      },
    },
    {
      id: 'b2b-spare-parts',
      stageId: 'after-sales',
      emotion: -2,
      channel: 'web',
      metrics: { ces: 5.8 },
      en: {
        title: 'Orders a spare part: the portal shows no stock',
        painPoints: ['No delivery date, only “on request”'],
        opportunities: ['Stock the wear parts of every installed line nearby'],
        owner: 'Spare parts',
      },
      zh: {
        title: '订备件，系统显示无库存',
        painPoints: ['只显示“需询价”，没有交期'],
        opportunities: ['在区域仓常备易损件'],
        owner: '备件中心',
      },
    },
    {
      id: 'b2b-service-visit',
      stageId: 'after-sales',
      emotion: 3.5,
      channel: 'in-person',
      keyMoment: true,
      metrics: { csat: 4.9, nps: 40 },
      en: {
        title: 'Quarterly after-sales visit',
        description: 'The same engineer who fixed the installation tunes the line and brings the wear parts.',
        delights: ['Knows the operators by name', 'Brings the spare part without being asked', 'Shows a 6% output gain since tuning'],
        owner: 'Field service',
      },
      zh: {
        title: '季度售后巡检',
        description: '当初处理安装问题的那位工程师回来做保养调机，顺便带来了易损件。',
        delights: ['叫得出每个操作工的名字', '没等开口就把备件带来了', '调机后产量提高了 6%'],
        owner: '现场服务部',
      },
    },
  ],
};
