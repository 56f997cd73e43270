import { describe, expect, it } from 'vitest';
import { mediationFactsOf, mediationMatchScore, type MediationReport } from '../../src/graph/mediation/coreference.js';
import {
  absorbMeeting,
  meetingFactsOf,
  meetingMatchScore,
  type MeetingFacts,
  type MeetingReport,
} from '../../src/graph/meeting/coreference.js';
import { placeAgreement } from '../../src/graph/meeting/places.js';
import { matchReports } from '../../src/graph/ingest/match.js';
import {
  nearIdenticalLengths,
  statementFactsOf,
  statementMatchScore,
  statementTextKey,
} from '../../src/graph/statement/coreference.js';

function meeting(articleId: string, over: Partial<MeetingReport> = {}): MeetingReport {
  return {
    kind: 'TALKS',
    participants: new Map([
      ['vladimir putin', 'PERSON'],
      ['donald trump', 'PERSON'],
      ['russia', 'COUNTRY'],
    ]),
    placeKey: 'helsinki',
    date: '2018-07-16',
    datePrecision: 'DAY',
    articleId,
    publishedAt: '2018-07-16',
    ...over,
  };
}

describe('places', () => {
  it('a city inside the named country agrees; two cities or a city outside the country conflict', () => {
    expect(placeAgreement('helsinki', 'finland')).toBe('agree');
    expect(placeAgreement('jeddah', 'saudi arabia')).toBe('agree');
    expect(placeAgreement('helsinki', 'moscow')).toBe('conflict');
    expect(placeAgreement('helsinki', 'russia')).toBe('conflict');
    expect(placeAgreement('democratic republic of the congo', 'republic of the congo')).toBe('conflict');
    expect(placeAgreement('presidential palace', 'helsinki')).toBe('unknown');
    expect(placeAgreement(null, 'helsinki')).toBe('unknown');
  });
});

describe('meeting coreference', () => {
  const planned = meetingFactsOf('m1', meeting('a', { kind: 'SUMMIT', publishedAt: '2018-06-28' }));

  it('a planned summit and the report that it was held, a day apart, are one meeting', () => {
    expect(meetingMatchScore(meeting('b', { kind: 'MEETING', date: '2018-07-17' }), planned)).not.toBeNull();
    expect(meetingMatchScore(meeting('b', { placeKey: 'finland' }), planned)).not.toBeNull();
  });

  it('a call, another city, another month, or two meetings of one article are not', () => {
    expect(meetingMatchScore(meeting('b', { kind: 'CALL' }), planned)).toBeNull();
    expect(meetingMatchScore(meeting('b', { placeKey: 'moscow' }), planned)).toBeNull();
    expect(meetingMatchScore(meeting('b', { date: '2018-09-01' }), planned)).toBeNull();
    expect(meetingMatchScore(meeting('a'), planned)).toBeNull();
  });

  it('a visit and talks at the very place on the same day are one meeting; a visit dated by its month is not', () => {
    const talks = meetingFactsOf('m4', meeting('a'));
    expect(meetingMatchScore(meeting('b', { kind: 'VISIT' }), talks)).not.toBeNull();
    expect(meetingMatchScore(meeting('b', { kind: 'VISIT', placeKey: 'finland' }), talks)).toBeNull();
    expect(
      meetingMatchScore(meeting('b', { kind: 'VISIT', date: '2018-07', datePrecision: 'MONTH' }), talks),
    ).toBeNull();
    expect(meetingMatchScore(meeting('b', { kind: 'VISIT', date: '2018-07-17' }), talks)).toBeNull();
  });

  it('neither place nor date agreeing is not enough, however many participants are shared', () => {
    const vague = meetingFactsOf('m2', meeting('a', { placeKey: null, date: null, datePrecision: null }));
    expect(meetingMatchScore(meeting('b', { placeKey: null, date: null, datePrecision: null }), vague)).toBeNull();
  });

  it('two days apart with other principals (Kim with Lee, then Kim with Trump) are two meetings', () => {
    const lee = meetingFactsOf(
      'm3',
      meeting('a', {
        placeKey: 'singapore',
        date: '2018-06-10',
        participants: new Map([
          ['kim jong un', 'PERSON'],
          ['lee hsien loong', 'PERSON'],
          ['singapore', 'COUNTRY'],
        ]),
      }),
    );
    const summit = meeting('b', {
      placeKey: 'singapore',
      date: '2018-06-12',
      participants: new Map([
        ['kim jong un', 'PERSON'],
        ['donald trump', 'PERSON'],
        ['singapore', 'COUNTRY'],
      ]),
    });
    expect(meetingMatchScore(summit, lee)).toBeNull();
  });

  it('a summit named by its one organization at the same place is one, dated or not; another organization is not', () => {
    const only = (key: string) => new Map([[key, 'ORGANIZATION']]);
    const au = meetingFactsOf(
      's1',
      meeting('a', { kind: 'SUMMIT', participants: only('african union'), placeKey: 'addis ababa' }),
    );
    const undated = { kind: 'SUMMIT', placeKey: 'addis ababa', date: null, datePrecision: null } as const;
    expect(meetingMatchScore(meeting('b', { ...undated, participants: only('african union') }), au)).not.toBeNull();
    expect(meetingMatchScore(meeting('b', { ...undated, participants: only('arab league') }), au)).toBeNull();
    expect(
      meetingMatchScore(meeting('b', { ...undated, kind: 'CONFERENCE', participants: only('african union') }), au),
    ).toBeNull();
  });

  it('an undated report long after a dated meeting is another round', () => {
    const round = meetingFactsOf('m4', meeting('a', { publishedAt: '2018-07-16' }));
    expect(
      meetingMatchScore(meeting('b', { date: null, datePrecision: null, publishedAt: '2018-08-20' }), round),
    ).toBeNull();
    expect(
      meetingMatchScore(meeting('b', { date: null, datePrecision: null, publishedAt: '2018-07-17' }), round),
    ).not.toBeNull();
  });
});

describe('mediation coreference', () => {
  const countries = new Set(['israel', 'lebanon', 'egypt', 'uae', 'bahrain', 'ethiopia']);
  const report = (articleId: string, mediators: [string, string][], parties: string[]): MediationReport => ({
    mediators: new Map(mediators),
    parties: new Map(parties.map((key) => [key, countries.has(key) ? 'COUNTRY' : 'ORGANIZATION'])),
    articleId,
    publishedAt: '2023-11-21',
  });

  it('the same mediating state with its ministry, between overlapping parties, is one mediation', () => {
    const facts = mediationFactsOf('q', report('a', [['qatar', 'COUNTRY']], ['hamas', 'israel']));
    const ministry = report(
      'b',
      [
        ['qatar', 'COUNTRY'],
        ['qatari foreign ministry', 'ORGANIZATION'],
      ],
      ['hamas'],
    );
    expect(mediationMatchScore(ministry, facts)).not.toBeNull();
  });

  it('other mediating states, or other parties, are another mediation', () => {
    const facts = mediationFactsOf('q', report('a', [['qatar', 'COUNTRY']], ['hamas', 'israel']));
    expect(
      mediationMatchScore(
        report(
          'b',
          [
            ['qatar', 'COUNTRY'],
            ['egypt', 'COUNTRY'],
          ],
          ['hamas'],
        ),
        facts,
      ),
    ).toBeNull();
    expect(mediationMatchScore(report('b', [['qatar', 'COUNTRY']], ['taliban']), facts)).toBeNull();
  });

  it('one shared party joins a two-party mediation once, never a node that already took another name', () => {
    const facts = mediationFactsOf('q', report('a', [['qatar', 'COUNTRY']], ['hamas', 'israel']));
    expect(mediationMatchScore(report('b', [['qatar', 'COUNTRY']], ['israel', 'idf']), facts)).not.toBeNull();
    expect(
      mediationMatchScore(report('b', [['qatar', 'COUNTRY']], ['israel', 'hamas', 'egypt']), facts),
    ).not.toBeNull();
    expect(mediationMatchScore(report('b', [['qatar', 'COUNTRY']], ['israel']), facts)).not.toBeNull();
    const grown = mediationFactsOf('q', report('a', [['qatar', 'COUNTRY']], ['hamas', 'israel', 'idf']));
    expect(mediationMatchScore(report('c', [['qatar', 'COUNTRY']], ['israel', 'lebanon']), grown)).toBeNull();
    expect(mediationMatchScore(report('c', [['qatar', 'COUNTRY']], ['israel', 'hamas']), grown)).not.toBeNull();
  });

  it('one shared party of two with another country on each side is another negotiation', () => {
    const uae = mediationFactsOf('u', report('a', [['united states', 'COUNTRY']], ['israel', 'uae']));
    expect(mediationMatchScore(report('b', [['united states', 'COUNTRY']], ['israel', 'bahrain']), uae)).toBeNull();
    const ethiopia = mediationFactsOf('e', report('a', [['kenya', 'COUNTRY']], ['ethiopia', 'tplf']));
    expect(mediationMatchScore(report('b', [['kenya', 'COUNTRY']], ['endf', 'tplf']), ethiopia)).not.toBeNull();
  });
});

describe('statement coreference', () => {
  it('the same speaker with near-identical text is one statement', () => {
    const facts = statementFactsOf('s', {
      speaker: 'putin',
      textKey: statementTextKey('We are ready to continue the talks.'),
      articleId: 'a',
      publishedAt: '2018-07-16',
    });
    const carried = { speaker: 'putin', articleId: 'b', publishedAt: '2018-07-17' };
    expect(
      statementMatchScore({ ...carried, textKey: statementTextKey('we are ready to continue talks') }, facts),
    ).not.toBeNull();
    expect(statementMatchScore({ ...carried, textKey: statementTextKey('The talks are over.') }, facts)).toBeNull();
    expect(
      statementMatchScore(
        { ...carried, speaker: 'trump', textKey: statementTextKey('We are ready to continue the talks.') },
        facts,
      ),
    ).toBeNull();
  });
});

describe('statement candidates by text length', () => {
  it('no stored text that matches has a length outside the range read, and the range stays narrow', () => {
    // Texts of one repeated letter differ by their length alone: the closest two keys of those lengths can be.
    const key = (n: number) => 'a'.repeat(n);
    for (let n = 1; n <= 300; n++) {
      const { minLength, maxLength } = nearIdenticalLengths(n);
      for (let m = 1; m <= 400; m++) {
        const facts = statementFactsOf('s', { speaker: 'x', textKey: key(m), articleId: 'a', publishedAt: null });
        const score = statementMatchScore({ speaker: 'x', textKey: key(n), articleId: 'b', publishedAt: null }, facts);
        if (score !== null) expect(m >= minLength && m <= maxLength, `${n} ~ ${m}`).toBe(true);
      }
    }
    expect(nearIdenticalLengths(100)).toEqual({ minLength: 84, maxLength: 119 });
  });
});

describe('matchReports', () => {
  const rule = {
    score: meetingMatchScore,
    absorb: absorbMeeting,
    factsOf: meetingFactsOf,
    reportBlocks: (report: MeetingReport) => report.participants.keys(),
    factBlocks: (facts: MeetingFacts) => facts.participants.keys(),
  };

  it('joins a later article to the node an earlier one of the batch started, deterministically', () => {
    const reports = [
      { provisionalId: 'p1', articleId: 'a', report: meeting('a') },
      { provisionalId: 'p2', articleId: 'b', report: meeting('b', { kind: 'SUMMIT' }) },
      { provisionalId: 'p3', articleId: 'b', report: meeting('b', { kind: 'CALL' }) },
    ];
    expect(matchReports(reports, new Map(), rule)).toEqual(['p1', 'p1', 'p3']);
  });

  it('gives one node to one report of an article: its second meeting starts a node', () => {
    const reports = [
      { provisionalId: 'p1', articleId: 'b', report: meeting('b') },
      { provisionalId: 'p2', articleId: 'b', report: meeting('b') },
    ];
    const graph = new Map([
      [0, [meetingFactsOf('old', meeting('a'))]],
      [1, [meetingFactsOf('old', meeting('a'))]],
    ]);
    expect(matchReports(reports, graph, rule)).toEqual(['old', 'p2']);
  });
});
