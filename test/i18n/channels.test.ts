import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelFromText, channelLabel, KNOWN_CHANNELS, resolveMessages } from '../../src/i18n';

const en = resolveMessages('en');
const zh = resolveMessages('zh-CN');

describe('channelLabel', () => {
  it('names the common channels in each language', () => {
    expect(['web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person', 'sms'].map((c) => channelLabel(c, zh))).toEqual([
      '网站',
      '应用',
      '电话',
      '门店',
      '邮件',
      '社交媒体',
      '在线聊天',
      '面对面',
      '短信',
    ]);
    expect(channelLabel('in-person', en)).toBe('In person');
    expect(channelLabel('sms', en)).toBe('SMS');
  });

  it('reads a known id whatever its case, spaces or underscores', () => {
    expect(channelLabel(' In_Person ', zh)).toBe('面对面');
    expect(channelLabel('Mini Program', zh)).toBe('小程序');
  });

  it('keeps any other channel exactly as typed, in either language', () => {
    fc.assert(
      fc.property(fc.string(), (channel) => {
        const id = channel.trim().toLowerCase().replace(/[\s_]+/g, '-');
        fc.pre(!KNOWN_CHANNELS.includes(id));
        expect(channelLabel(channel, zh)).toBe(channel);
        expect(channelLabel(channel, en)).toBe(channel);
      }),
    );
  });

  it('follows the host\'s message overrides', () => {
    expect(channelLabel('web', resolveMessages('en', { 'channel.web': 'Website' }))).toBe('Website');
  });
});

describe('channelFromText', () => {
  it('stores a label of any language by its id, so a map keeps one spelling per channel', () => {
    for (const channel of KNOWN_CHANNELS) {
      expect(channelFromText(channelLabel(channel, zh), zh)).toBe(channel);
      expect(channelFromText(channelLabel(channel, en), zh)).toBe(channel);
      expect(channelFromText(channelLabel(channel, zh), en)).toBe(channel);
      expect(channelFromText(channel, en)).toBe(channel);
    }
  });

  it('keeps other text as typed, trimmed', () => {
    expect(channelFromText('  Partner portal ', en)).toBe('Partner portal');
    expect(channelFromText('社交', zh)).toBe('社交');
  });
});
