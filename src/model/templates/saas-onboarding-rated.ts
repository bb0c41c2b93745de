/**
 * SaaS onboarding, rated by the room (format v2): the same journey as `saas-onboarding`, after
 * a two-hour workshop where seven people (customer success, support, product, sales, research,
 * billing and a pilot customer) each scored the moments they know, with the evidence on the
 * table.
 *
 * The ratings are chosen so each touchpoint's mean is the emotion of the unrated template: the
 * curve is the same, but now it shows where the room disagrees. Three places do (n >= 3, sd >= 2):
 * the import error (sales and billing call it a hiccup; support, research and the customer lived
 * it), the VAT invoice at checkout (billing thinks the process works) and the renewal quote
 * (sales defends the seat policy). The dashboard, by contrast, everyone agrees on.
 */
import { ratedEmotion } from '../ratings';
import type { JourneyDocument, JourneyParticipant, Touchpoint, TouchpointEvidence, TouchpointRating } from '../types';
import { templatesOf } from './bilingual';
import type { JourneyTemplate, JourneyTemplateLocale } from './bilingual';
import { saasOnboarding } from './saas-onboarding';

type Text = { en: string; zh: string };

interface RatedParticipant {
  id: string;
  name: Text;
  role: Text;
}

interface RatedScore {
  by: string;
  emotion: number;
  note?: Text;
}

interface RatedEvidence {
  kind: TouchpointEvidence['kind'];
  text: Text;
  source?: Text;
  url?: string;
}

const participants: RatedParticipant[] = [
  { id: 'pt-cs', name: { en: 'Maya Chen', zh: '林悦' }, role: { en: 'Customer success manager', zh: '客户成功经理' } },
  { id: 'pt-support', name: { en: 'Tom Becker', zh: '周涛' }, role: { en: 'Support engineer', zh: '技术支持工程师' } },
  { id: 'pt-pm', name: { en: 'Sara Okafor', zh: '苏晴' }, role: { en: 'Product manager, onboarding', zh: '产品经理（新手引导）' } },
  { id: 'pt-sales', name: { en: 'Lukas Novak', zh: '王磊' }, role: { en: 'Account executive, mid-market', zh: '中型客户销售' } },
  { id: 'pt-research', name: { en: 'Inês Duarte', zh: '何静' }, role: { en: 'UX researcher', zh: '用户研究员' } },
  { id: 'pt-billing', name: { en: 'Raj Patel', zh: '赵鹏' }, role: { en: 'Billing operations', zh: '计费运营' } },
  { id: 'pt-customer', name: { en: 'Hana Suzuki', zh: '孙敏' }, role: { en: 'Ops analyst at a pilot customer', zh: '试点客户的运营分析师' } },
];

/** Per touchpoint of `saas-onboarding`: who scored it, how, and what was on the table. */
const rated: Record<string, { ratings: RatedScore[]; evidence: RatedEvidence[] }> = {
  'so-import': {
    // Mean -3, sd 2.14: the room's widest split.
    ratings: [
      { by: 'pt-support', emotion: -5, note: { en: 'Half of my trial tickets in March started here', zh: '三月试用期工单一半从这里开始' } },
      { by: 'pt-customer', emotion: -5, note: { en: 'I almost gave up on day one', zh: '第一天就差点放弃' } },
      { by: 'pt-research', emotion: -5 },
      { by: 'pt-cs', emotion: -4 },
      { by: 'pt-pm', emotion: -2 },
      { by: 'pt-sales', emotion: 0, note: { en: 'Every tool has an import step; chat fixes it', zh: '哪个工具导入都要折腾一下，客服能解决' } },
      { by: 'pt-billing', emotion: 0 },
    ],
    evidence: [
      {
        kind: 'quote',
        text: { en: '“It said column 7 is not a date. Column 7 was a date.”', zh: '“提示第 7 列不是日期，可第 7 列明明就是日期。”' },
        source: { en: 'Hana, pilot customer interview', zh: '孙敏，试点客户访谈' },
      },
      {
        kind: 'data',
        text: { en: '41% of trial workspaces hit an import error in their first session', zh: '41% 的试用空间在第一次使用时遇到导入报错' },
        source: { en: 'Product analytics, Q3', zh: '产品埋点，第三季度' },
      },
      {
        kind: 'link',
        text: { en: 'Support tickets tagged “import”', zh: '标记为“导入”的工单' },
        url: 'https://example.com/support/tickets?tag=import',
      },
    ],
  },
  'so-live-chat': {
    ratings: [
      { by: 'pt-support', emotion: 3 },
      { by: 'pt-customer', emotion: 3, note: { en: 'A real person, in minutes', zh: '几分钟就有真人回复' } },
      { by: 'pt-cs', emotion: 2 },
      { by: 'pt-pm', emotion: 1, note: { en: 'Good rescue, but it should not be needed', zh: '救得及时，但本不该需要救' } },
      { by: 'pt-research', emotion: 1 },
    ],
    evidence: [
      {
        kind: 'data',
        text: { en: 'Median first response in chat: 1 min 40 s', zh: '在线客服首次响应中位数：1 分 40 秒' },
        source: { en: 'Support dashboard, last 90 days', zh: '客服看板，近 90 天' },
      },
    ],
  },
  'so-first-dashboard': {
    // Mean 4.5, sd 0.5: everyone agrees this is the moment.
    ratings: [
      { by: 'pt-customer', emotion: 5, note: { en: 'I sent a screenshot to my director', zh: '我当场截图发给了老板' } },
      { by: 'pt-cs', emotion: 5 },
      { by: 'pt-pm', emotion: 5 },
      { by: 'pt-support', emotion: 4 },
      { by: 'pt-sales', emotion: 4 },
      { by: 'pt-research', emotion: 4 },
    ],
    evidence: [
      {
        kind: 'observation',
        text: {
          en: 'In 5 of 6 recorded sessions the user said something out loud when the first chart appeared',
          zh: '6 场录屏测试中有 5 场，用户在第一张图表出现时忍不住说出声',
        },
        source: { en: 'Usability sessions, week 12', zh: '可用性测试，第 12 周' },
      },
      {
        kind: 'quote',
        text: { en: '“That’s the number I spend every Monday building by hand.”', zh: '“这就是我每周一手工拼半天的那个数。”' },
        source: { en: 'Interview 3, operations lead', zh: '访谈 3，运营负责人' },
      },
    ],
  },
  'so-trial-ending': {
    ratings: [
      { by: 'pt-customer', emotion: -3, note: { en: 'Three emails in one day felt like pressure', zh: '一天三个电话，压力很大' } },
      { by: 'pt-research', emotion: -2 },
      { by: 'pt-cs', emotion: -2 },
      { by: 'pt-sales', emotion: 1, note: { en: 'The sequence converts; it is what we are measured on', zh: '这套跟进转化率高，我们就是按这个考核的' } },
    ],
    evidence: [
      {
        kind: 'data',
        text: { en: 'Unsubscribe rate of the trial-ending sequence: 9%, three times our average', zh: '试用到期提醒的退订率 9%，是平均水平的三倍' },
        source: { en: 'Email platform report', zh: '邮件平台报表' },
      },
    ],
  },
  'so-checkout': {
    // Mean -2.5, sd 2.36: billing sees a process that works.
    ratings: [
      { by: 'pt-customer', emotion: -5, note: { en: 'Two weeks of back and forth with procurement', zh: '和采购来回折腾了两周' } },
      { by: 'pt-cs', emotion: -4 },
      { by: 'pt-pm', emotion: -4 },
      { by: 'pt-research', emotion: -3 },
      { by: 'pt-sales', emotion: -1 },
      { by: 'pt-billing', emotion: 2, note: { en: 'Invoices go out the same day they are requested', zh: '开票申请当天就能处理' } },
    ],
    evidence: [
      {
        kind: 'quote',
        text: { en: '“Procurement can’t pay without a VAT invoice, and the form has no field for our VAT number.”', zh: '“没有专票采购就付不了款，可页面上根本没地方填税号。”' },
        source: { en: 'Interview 2, team lead', zh: '访谈 2，团队负责人' },
      },
      {
        kind: 'data',
        text: { en: 'Median 13 days from the “Upgrade” click to a paid invoice', zh: '从点击“升级”到完成付款，中位数 13 天' },
        source: { en: 'Billing system, last two quarters', zh: '计费系统，近两个季度' },
      },
    ],
  },
  'so-renewal-quote': {
    // Mean -2.5, sd 2.22: sales defends the seat policy.
    ratings: [
      { by: 'pt-customer', emotion: -5, note: { en: 'Why pay for people who left?', zh: '人都离职了为什么还要收费？' } },
      { by: 'pt-cs', emotion: -4 },
      { by: 'pt-research', emotion: -4 },
      { by: 'pt-pm', emotion: -3 },
      { by: 'pt-billing', emotion: 0 },
      { by: 'pt-sales', emotion: 1, note: { en: 'Standard policy, and the contract says so', zh: '这是标准政策，合同里写明了' } },
    ],
    evidence: [
      {
        kind: 'data',
        text: { en: '19 of 25 seats active in the last 30 days', zh: '25 个账号中近 30 天活跃的有 19 个' },
        source: { en: 'Admin console', zh: '管理后台' },
      },
      {
        kind: 'observation',
        text: { en: 'The champion forwarded the quote to her director with one line: “Can we negotiate this?”', zh: '项目牵头人把报价转给老板，只写了一句：“这个能谈吗？”' },
        source: { en: 'CSM account notes', zh: '客户成功经理的客户记录' },
      },
      { kind: 'link', text: { en: 'Draft: seat policy for inactive users', zh: '草案：非活跃账号计费规则' }, url: 'https://example.com/wiki/seat-policy-draft' },
    ],
  },
};

function inLocale(text: Text, locale: JourneyTemplateLocale): string {
  return locale === 'en' ? text.en : text.zh;
}

function ratedDocument(base: JourneyDocument, locale: JourneyTemplateLocale): JourneyDocument {
  const people: JourneyParticipant[] = participants.map((p) => ({ id: p.id, name: inLocale(p.name, locale), role: inLocale(p.role, locale) }));
  const touchpoints = base.touchpoints.map((touchpoint): Touchpoint => {
    const scores = rated[touchpoint.id];
    if (scores === undefined) return touchpoint;
    const ratings: TouchpointRating[] = scores.ratings.map((score) =>
      score.note === undefined ? { by: score.by, emotion: score.emotion } : { by: score.by, emotion: score.emotion, note: inLocale(score.note, locale) },
    );
    const evidence: TouchpointEvidence[] = scores.evidence.map((item) => {
      const written: TouchpointEvidence = { kind: item.kind, text: inLocale(item.text, locale) };
      if (item.source !== undefined) written.source = inLocale(item.source, locale);
      if (item.url !== undefined) written.url = item.url;
      return written;
    });
    return { ...touchpoint, emotion: ratedEmotion(ratings), ratings, evidence };
  });
  const description =
    locale === 'en'
      ? 'The first year of a 25-seat customer, scored touchpoint by touchpoint by seven people in a two-hour workshop, with the quotes and figures they brought.'
      : '一家 25 人团队客户的第一年，由七位同事和客户代表在两小时的工作坊里逐个触点打分，附上各自带来的原话和数据。';
  return { ...base, id: 'j-template-saas-onboarding-rated', description, participants: people, touchpoints };
}

/** The rated journey, `en` then `zh-CN`, listed with the other templates. */
export function ratedSaasOnboardingTemplates(): JourneyTemplate[] {
  return templatesOf(saasOnboarding).map((template) => ({
    id: 'saas-onboarding-rated',
    locale: template.locale,
    name: template.locale === 'en' ? 'SaaS onboarding, rated by the room' : 'SaaS 新客上手（工作坊打分版）',
    description:
      template.locale === 'en'
        ? 'The SaaS onboarding journey as seven people scored it in a workshop: the spread of their ratings on the curve, where they disagree, and the evidence behind each moment.'
        : '七位参与者在工作坊里为 SaaS 新客上手旅程逐个打分：曲线上显示大家评分的分布、分歧所在，以及每个关键时刻背后的证据。',
    document: ratedDocument(template.document, template.locale),
  }));
}
