import { describe, expect, it } from 'vitest';
import { blockKeys, namesCompatible } from '../../src/graph/actor/fuzzy.js';
import { matchPerson, type PersonProfile } from '../../src/graph/actor/resolution.js';

describe('person names', () => {
  it.each([
    ['Mohammed Abdulsalam', 'Muhammad Abdul-Salam'],
    ['Redwan Hussain', 'Redwan Hussei'],
    ['Héctor Fabio Henao', 'Hector Fabio Enao'],
    ['Carlos Ruiz Massieu', 'Carlos Ruiz'],
    ['Bill Clinton', 'William Clinton'],
    ['Yuri Ushakov', 'Yury Ushakov'],
    ['Nattaphon Narkphanit', 'Nattapon Nakpanich'],
    ['Thaksin Shinawatra', 'Taksin Shinawatra'],
    ['Ayad Allawi', 'Ayad Alawi'],
    ['Orthodox Patriarch Kirill', 'Patriarch Kirill'],
    ['Serhii Kyslytsia', 'Sergiy Kyslytsya'],
    ['Hennadiy Shapovalov', 'Gennadiy Shapovalov'],
    ['Abdullatif al-Zayani', 'Abdullatif bin Rashid Al Zayani'],
    ['Sadyr Japarov', 'Sadyr Zhaparov'],
    ['Emomali Rahmon', 'Emomali Rakhmon'],
  ])('"%s" and "%s" may be one person, and share a block key', (a, b) => {
    expect(namesCompatible(a, b)).not.toBeNull();
    expect(blockKeys(a).some((key) => blockKeys(b).includes(key))).toBe(true);
  });

  it.each([
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Donald Trump', 'Donald Tusk'],
    ['Abdel Fattah al-Burhan', 'Abdel Fattah el-Sisi'],
    ['Mohammed Abdulsalam', 'Mohammed Abdullah'],
    ['Ahmed Hassan', 'Ahmed Hussein'],
    ['Abdullah al-Zayani', 'Abdullatif bin Rashid Al Zayani'],
    ['Sadyr Japarov', 'Sadyr Jaksybekov'],
  ])('"%s" and "%s" are different names', (a, b) => {
    expect(namesCompatible(a, b)).toBeNull();
  });
});

describe('matchPerson', () => {
  const known: PersonProfile = {
    key: 'mohammed ali',
    names: ['Mohammed Ali'],
    countries: new Set(['egypt']),
    affiliations: new Set(['egypt']),
    cooccurring: new Set(['egypt', 'hamas', 'israel']),
  };
  const context = (countries: string[], cooccurring: string[]) => ({
    countries: new Set(countries),
    affiliations: new Set(countries),
    cooccurring: new Set(cooccurring),
  });

  it('merges a spelling variant when the context agrees, and says why', () => {
    const match = matchPerson(['Muhammad Ali'], context([], ['hamas', 'israel']), [known]);
    expect(match?.key).toBe('mohammed ali');
    expect(match?.reason).toMatch(/spelling variant.*hamas, israel/);
  });

  it('never merges on spelling alone, nor across two countries', () => {
    expect(matchPerson(['Muhammad Ali'], context([], ['sudan']), [known])).toBeNull();
    expect(matchPerson(['Muhammad Ali'], context(['pakistan'], ['hamas', 'israel']), [known])).toBeNull();
  });

  it('never merges with an actor the same article names separately', () => {
    expect(matchPerson(['Muhammad Ali'], context([], ['hamas', 'israel', 'mohammed ali']), [known])).toBeNull();
  });
});
