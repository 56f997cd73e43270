import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { MENTION_RULES } from '../../src/extract/actors/mention-rules.js';
import { findMentions } from '../../src/extract/actors/mentions.js';
import { createScan } from '../../src/extract/actors/scan.js';
import { clauseAround } from '../../src/extract/clause.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { MEDIATION_RULES } from '../../src/extract/mediations/rules.js';
import { JOINER_RULES } from '../../src/extract/meetings/joiners.js';
import { PARTICIPANT_RULES } from '../../src/extract/meetings/participants.js';
import { LISTED_ROUNDS } from '../../src/extract/meetings/rounds.js';
import { SEPARATE_MEETINGS } from '../../src/extract/meetings/separate.js';
import { STATUS_RULES } from '../../src/extract/meetings/status.js';
import { findTriggers, MEETING_TRIGGERS } from '../../src/extract/meetings/triggers.js';
import { parseArticle } from '../../src/parse/index.js';

/**
 * Every named rule's examples are its unit tests: each example sentence must make the rule fire and
 * produce what the example expects.
 */
const extractor = createRuleExtractor();
const article = (body: string): ExtractedArticle =>
  extractor.extract(
    parseArticle({
      origin: 't',
      content: `A test title\n\n${body}`,
      format: 'text',
      overrides: { publishedAt: '2024-05-15' },
    }),
  ) as ExtractedArticle;
const analysis = (text: string) => findMentions({ index: 0, start: 0, end: text.length, text }, text);

describe('mention rules', () => {
  for (const rule of MENTION_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const text = ex.text;
        const scan = createScan({ index: 0, start: 0, end: text.length, text }, text);
        const matches = scan.tokens.map((_, i) => rule.match({ scan, i })).filter((m) => m !== undefined);
        expect(matches.length).toBeGreaterThan(0);
        const names = matches.flatMap((m) => m.mentions.flatMap((x) => [x.name, x.surface]));
        if (ex.expect) expect(names).toContain(ex.expect);
      });
  it('every mention carries the rule that read it', () => {
    const text = 'Kenyan President William Ruto met the Supreme Revolutionary Council in Nairobi.';
    const rules = findMentions({ index: 0, start: 0, end: text.length, text }, text).mentions.map((m) => m.rule);
    expect(rules).toEqual([
      'lexicon name',
      'capitalised chunk',
      'organization name starting with an adjective',
      'lexicon name',
    ]);
  });
});

describe('meeting trigger rules', () => {
  for (const rule of MEETING_TRIGGERS)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const fired = findTriggers(analysis(ex.text)).filter((t) => t.rule === rule.name);
        // an example without `expect` is one the rule must not fire on
        if (ex.expect === undefined) expect(fired).toEqual([]);
        else expect(fired.map((t) => t.kind)).toContain(ex.expect);
      });
});

describe('meeting participant rules', () => {
  for (const rule of PARTICIPANT_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const an = analysis(ex.text);
        const names = findTriggers(an).flatMap(
          (trigger) => rule.match({ an, trigger, own: () => true, sentence: an.mentions })?.map((m) => m.name) ?? [],
        );
        expect(names).toEqual(expect.arrayContaining(ex.expect!.split(', ')));
      });
});

describe('meeting joiner rules', () => {
  for (const rule of JOINER_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const names = rule.match({ an: analysis(ex.text) })?.map((m) => m.name);
        expect(names).toEqual(expect.arrayContaining(ex.expect!.split(', ')));
      });
  it('joins leaders and attendees to the meeting reported just before', () => {
    const x = article(
      "Iranian and American negotiators held talks in Muscat on Sunday. Iranian Foreign Minister Abbas Araghchi led his country's team, while U.S. special envoy Steve Witkoff headed the American side.",
    );
    expect(x.meetings.map((m) => m.participants)).toEqual([
      ['Iran', 'United States', 'Abbas Araghchi', 'Steve Witkoff'],
    ]);
    const planned = article(
      'UN Secretary-General Antonio Guterres will host an informal meeting on Cyprus in Geneva next week. Nikos Christodoulides and Ersin Tatar are expected to attend.',
    );
    expect(planned.meetings[0]?.participants).toEqual(expect.arrayContaining(['Nikos Christodoulides', 'Ersin Tatar']));
  });
});

describe('listed rounds rule', () => {
  for (const ex of LISTED_ROUNDS.examples)
    it(ex.text, () => {
      const listed = article(ex.text).meetings.filter((m) => m.rule === LISTED_ROUNDS.name);
      expect(listed.map((m) => `${m.location} ${m.date}`).join(' | ')).toBe(ex.expect ?? '');
    });
  it('gives the rounds the sides of the talks the article is about when the list names none', () => {
    const x = article(
      'Colombia and the ELN held talks in Havana on Monday. The second and third rounds were held in Bogota in June 2023 and in Caracas in November 2023.',
    );
    const listed = x.meetings.filter((m) => m.rule === LISTED_ROUNDS.name);
    expect(listed.map((m) => [m.status, m.participants])).toEqual([
      ['HELD', ['Colombia', 'ELN']],
      ['HELD', ['Colombia', 'ELN']],
    ]);
    expect(x.meetings.filter((m) => m.location === 'Havana')).toHaveLength(1);
  });
});

describe('separate meetings rule', () => {
  for (const ex of SEPARATE_MEETINGS.examples)
    it(ex.text, () => {
      const meetings = article(ex.text).meetings;
      expect(meetings.map((m) => m.participants.join(', ')).join(' | ')).toBe(ex.expect);
      expect(meetings.every((m) => m.rule?.includes(SEPARATE_MEETINGS.name))).toBe(true);
    });
  it('places the separate meetings where the first of them joins a meeting reported before', () => {
    const x = article(
      'U.S. Secretary of State Marco Rubio met Rwandan Foreign Minister Olivier Nduhungirehe in Washington on Friday. Before the ceremony, Rubio held separate meetings with Congolese Foreign Minister Therese Kayikwamba Wagner and Nduhungirehe.',
    );
    expect(x.meetings.map((m) => m.location)).toEqual(['Washington', 'Washington']);
    expect(x.meetings[1]?.participants).toContain('Therese Kayikwamba Wagner');
  });
  it('keeps one meeting when those met are not listed apart', () => {
    const x = article(
      'Tom Perriello met army chief Abdel Fattah al-Burhan and RSF commander Mohamed Hamdan Dagalo in Nairobi.',
    );
    expect(x.meetings).toHaveLength(1);
  });
});

describe('meeting status rules', () => {
  for (const rule of STATUS_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const an = analysis(ex.text);
        const at = findTriggers(an)[0]!.tok.i;
        const { a, b } = clauseAround(an.tokens, at);
        expect(rule.match({ tokens: an.tokens, a, b, at })?.status).toBe(ex.expect);
        expect(article(ex.text).meetings[0]?.status ?? ex.expect).toBe(ex.expect);
      });
});

describe('mediation rules', () => {
  for (const rule of MEDIATION_RULES)
    for (const ex of rule.examples)
      it(`${rule.name}: ${ex.text}`, () => {
        const x = article(ex.text);
        if (ex.expect === 'none') {
          expect(x.mediations).toEqual([]);
          return;
        }
        const [mediators, parties] = (ex.expect ?? '').split(' → ');
        const m = x.mediations.find((y) => y.rule === rule.name);
        expect(m?.mediators).toEqual(mediators!.split(', '));
        if (parties) expect(m?.parties).toEqual(parties.split(', '));
      });
});
