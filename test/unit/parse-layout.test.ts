import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.js';
import { BOILERPLATE_RULES, boilerplateOf } from '../../src/parse/boilerplate.js';
import { agencyOf, bylineOf, closingCredit, matchDateline } from '../../src/parse/credits.js';

const text = (content: string) => parseArticle({ origin: 't', content, format: 'text' });
const PROSE =
  'The two delegations agreed on Monday to meet again next month to discuss the exchange of prisoners held since the war.';

describe('boilerplate rules', () => {
  for (const rule of BOILERPLATE_RULES) {
    it(`"${rule.name}" matches its examples`, () => {
      for (const example of rule.examples) expect(boilerplateOf(example)?.name, example).toBe(rule.name);
    });
  }
  it('leaves prose alone', () => {
    expect(boilerplateOf(PROSE)).toBeUndefined();
    expect(boilerplateOf('By virtue of the accord, the two sides will open their borders next week.')).toBeUndefined();
  });
});

describe('layout: headings are not outlets, a byline below them still dates the article', () => {
  it('takes no source from "Key Points" and the date from the byline under the summary', () => {
    const a = text(
      [
        'Why the border talks matter',
        'Key Points',
        '- Two rounds held since March',
        'By Staff Writer | October 4, 2026 | 6 Min Read',
        `NAIROBI — ${PROSE}`,
      ].join('\n\n'),
    );
    expect(a.source).toBeNull();
    expect(a.publishedAt).toBe('2026-10-04');
    expect(a.dateline).toBe('Nairobi');
  });
  it('dates the article by a dateline that carries a year, when nothing else does', () => {
    const a = text(['Council hears briefing', `NEW YORK, 12 March 2026 - ${PROSE}`].join('\n\n'));
    expect(a.dateline).toBe('New York');
    expect(a.publishedAt).toBe('2026-03-12');
  });
  it('still takes "Global News" under the title as the outlet', () => {
    const a = text(['Why the border talks matter', 'Global News', `NAIROBI — ${PROSE}`].join('\n\n'));
    expect(a.source).toBe('Global News');
  });
});

describe('layout: nothing is lost behind furniture', () => {
  it('reads past a gallery and a copyright line near the top', () => {
    const a = text(
      [
        'Envoys agree to resume talks',
        'Full Screen',
        '1 / 9',
        'Delegates arrive at the venue in Geneva. (AP Photo/Jane Roe)',
        'Copyright 2024 The Associated Press. All rights reserved.',
        `GENEVA (AP) — ${PROSE}`,
        'The mediator said both sides had shown goodwill during three days of talks in the city.',
      ].join('\n'),
    );
    expect(a.dateline).toBe('Geneva');
    expect(a.source).toBe('AP');
    expect(a.body).toBe(
      `${PROSE}\n\nThe mediator said both sides had shown goodwill during three days of talks in the city.`,
    );
  });
  it('reads past "Advertisement", related links and a share widget in the middle', () => {
    const a = text(
      [
        'Truce holds',
        PROSE,
        'Advertisement',
        'Related Articles',
        'Rebels seize border town',
        'Ministers meet in Cairo',
        'Facebook Twitter WhatsApp Email',
        'The foreign minister said the truce had held for a week and that aid convoys would enter on Sunday.',
        'Related Articles',
        'Another headline here',
      ].join('\n'),
    );
    expect(a.body).toBe(
      `${PROSE}\n\nThe foreign minister said the truce had held for a week and that aid convoys would enter on Sunday.`,
    );
  });
  it('ends the article at a comment form', () => {
    const a = text(
      ['T', PROSE, 'Leave a reply', 'This is a long comment that someone wrote below the article.'].join('\n'),
    );
    expect(a.body).toBe(PROSE);
  });
  it('drops bylines and captions, and reads an agency byline as the source', () => {
    const a = text(['T', 'By Jane Roe', 'Leaders at the summit (Photo: Reuters)', PROSE].join('\n'));
    expect(a.source).toBeNull();
    expect(a.body).toBe(PROSE);
    const b = text(['T', 'By AFP, 29 March 2022', PROSE].join('\n'));
    expect(b.source).toBe('AFP');
    expect(b.publishedAt).toBe('2022-03-29');
  });
  it('keeps a standfirst before a dateline in the third paragraph, drops a video title', () => {
    const a = text(
      [
        'Talks open',
        'Negotiators from both sides arrived in the capital on Sunday for a first round of talks.',
        'Envoys arrive for talks 01:28',
        `HAVANA -- ${PROSE}`,
      ].join('\n'),
    );
    expect(a.dateline).toBe('Havana');
    expect(a.body).toBe(
      `Negotiators from both sides arrived in the capital on Sunday for a first round of talks.\n\n${PROSE}`,
    );
  });
});

describe('datelines in wire forms', () => {
  const cases: Array<[string, string, string | null]> = [
    ['BEIRUT, Lebanon (AP) — ', 'Beirut', 'AP'],
    ['ISLAMABAD: ', 'Islamabad', null],
    ['KUALA LUMPUR, Oct 26 (Bernama) -- ', 'Kuala Lumpur', 'Bernama'],
    ['MOSCOW, December 27. /TASS/. ', 'Moscow', 'TASS'],
    ['GOYANG, SOUTH KOREA (REUTERS, AFP) - ', 'Goyang', 'Reuters, AFP'],
    ['UNITED NATIONS (Some Site News / Sputnik - 16th November, 2020) ', 'United Nations', 'Sputnik'],
    ['Rabuni, (a refugee camp in Algeria), Nov 14 (efe-epa).- ', 'Rabuni', 'EFE-EPA'],
    ['SINGAPORE • ', 'Singapore', null],
    ['Ankara, Turkey — ', 'Ankara', null],
    ['New Delhi [India], March 4 (ANI): ', 'New Delhi', 'ANI'],
    ['WASHINGTON/MOSCOW (Reuters) - ', 'Washington', 'Reuters'],
    ['TRIPOLI, 04/03/2024 (LANA) - ', 'Tripoli', 'LANA'],
    ['Chisinau (dpa) - ', 'Chisinau', 'dpa'],
    ['APA-Lomé (Togo) – ', 'Lomé', 'APA'],
    ['January 20, 2026 (PORT SUDAN) – ', 'Port Sudan', null],
    ['Jeddah, Rajab 3, 1446, January 3, 2025, SPA -- ', 'Jeddah', 'SPA'],
    ['ASTANA. KAZINFORM - ', 'Astana', 'Kazinform'],
    ['BAKU, Azerbaijan, May 27. ', 'Baku', null],
    ['Arusha. ', 'Arusha', null],
    ['YEREVAN, SEPTEMBER 16, ARMENPRESS. ', 'Yerevan', 'Armenpress'],
    ['Cúcuta (Colombia), Mar 25 (EFE).- ', 'Cúcuta', 'EFE'],
  ];
  for (const [dateline, place, agency] of cases) {
    it(`reads "${dateline.trim()}"`, () => {
      const m = matchDateline(`${dateline}${PROSE}`);
      expect(m?.place).toBe(place);
      expect(m?.agency).toBe(agency);
      expect(`${dateline}${PROSE}`.slice(m!.length)).toBe(PROSE);
    });
  }
  it('never reads a sentence opening as a dateline', () => {
    expect(matchDateline('On May 10, the minister said the talks would resume.')).toBeNull();
    expect(matchDateline('The Barisan Revolusi Nasional (BRN) said the talks would resume.')).toBeNull();
    expect(matchDateline('Doha, January 3, 2025, Qatar -- The talks resumed on Sunday in the capital.')).toBeNull();
    expect(matchDateline('Kenya. The talks resumed on Sunday in the capital.')).toBeNull();
    expect(matchDateline('Hope. The talks resumed on Sunday in the capital.')).toBeNull();
  });
  it('reads a dateline on its own line, in capitals', () => {
    const a = text(['T', 'PARIS', PROSE].join('\n'));
    expect(a.dateline).toBe('Paris');
    expect(a.source).toBeNull();
  });
});

describe('source credits', () => {
  it('reads closing credits', () => {
    expect(closingCredit(`${PROSE} /BGNES`)?.source).toBe('BGNES');
    expect(closingCredit(`${PROSE} Jane Roe/DMS`)?.source).toBe('DMS');
    expect(closingCredit(`${PROSE} — Reuters`)?.source).toBe('Reuters');
    expect(closingCredit(`${PROSE} (Sputnik)`)?.rest).toBe(PROSE);
    expect(closingCredit('the Arakan Army (AA)')).toBeNull();
    expect(closingCredit('The leaders met in the palace, transfers information agency "ITAR-TASS" .')?.source).toBe(
      'ITAR-TASS',
    );
    expect(closingCredit('The truce began on Monday, according to the official news agency SANA.')).toBeNull();
  });
  it('reads an opening agency credit without a place, and an agency alone on the last line', () => {
    const a = text(['T', `(CNN) — ${PROSE}`].join('\n'));
    expect(a.source).toBe('CNN');
    expect(a.body).toBe(PROSE);
    expect(text(['T', `(Updated) ${PROSE}`].join('\n')).source).toBeNull();
    const b = text(['T', PROSE, 'Reuters'].join('\n'));
    expect(b.source).toBe('Reuters');
    expect(b.body).toBe(PROSE);
    expect(closingCredit(`${PROSE} (dpa)`)?.source).toBe('dpa');
  });
  it('reads the date of a "Published:" stamp under the title', () => {
    expect(text(['T', 'Published: 4 March 2024 10:32 GMT', PROSE].join('\n')).publishedAt).toBe('2024-03-04');
  });
  it('reads a "Source:" line and an outlet with its city', () => {
    expect(text(['T', PROSE, 'Source: Xinhua'].join('\n')).source).toBe('Xinhua');
    expect(text(['T', PROSE, 'SOURCE: REUTERS'].join('\n')).source).toBe('Reuters');
    expect(text(['T', 'Shabelle Media Network (Mogadishu)', PROSE].join('\n')).source).toBe('Shabelle Media Network');
  });
  it('reads the outlet that opens a date line under the title ("Ahram Online , Monday 12 Jan 2026")', () => {
    const a = text(['T', 'Ahram Online , Monday 12 Jan 2026', PROSE].join('\n'));
    expect(a).toMatchObject({ source: 'Ahram Online', publishedAt: '2026-01-12', body: PROSE });
    expect(text(['T', 'Monday, 12 January 2026', PROSE].join('\n')).source).toBeNull();
  });
  it('prefers the agency among credited outlets, else the first', () => {
    expect(agencyOf('The Straits Times/ANN')).toBe('The Straits Times');
    expect(agencyOf('Some Site / Sputnik - 16th November, 2020')).toBe('Sputnik');
  });
  it('never takes a personal byline for the source', () => {
    expect(bylineOf('By Jane Roe and John Doe')).toBeNull();
    expect(bylineOf('By Jane Roe | Reuters')).toBe('Reuters');
    expect(bylineOf('by The Kyiv Independent news desk')).toBe('The Kyiv Independent');
    expect(bylineOf('By virtue of the accord, the sides agreed.')).toBeUndefined();
    expect(bylineOf('By Staff Reporter')).toBeNull();
    expect(bylineOf('By Mary Ann Roe - Agência Brasil reporter - Brasília')).toBe('Agência Brasil');
  });
  it('reads desk, staff and outlet bylines', () => {
    expect(bylineOf('Coastline Post Staff')).toBe('Coastline Post');
    expect(bylineOf('The Harbour Bureau')).toBe('The Harbour');
    expect(bylineOf('By Citizen Reporter')).toBe('Citizen');
    expect(bylineOf('By Valley Herald reporter.')).toBe('Valley Herald');
    expect(bylineOf("By RFE/RL's Balkan Service")).toBe('RFE/RL');
    expect(bylineOf('By Examplenews')).toBe('Examplenews');
    expect(bylineOf('Written By: Valley Observer')).toBe('Valley Observer');
    expect(bylineOf('Jane Roe| The Daily Example')).toBe('The Daily Example');
    expect(bylineOf('Security Council Report')).toBeUndefined();
  });
  it('reads an outlet credited beside the date, the city or alone on the last line', () => {
    const after = text(['T', 'Published on 24/05/2024 - 09:40 - Agência Brasil', PROSE].join('\n'));
    expect(after).toMatchObject({ source: 'Agência Brasil', body: PROSE });
    expect(text(['T', 'Example Daily Inquirer / 05:10 AM July 03, 2024', PROSE].join('\n')).source).toBe(
      'Example Daily Inquirer',
    );
    expect(text(['T', 'News24 | Published 18 June 2023', PROSE].join('\n')).source).toBe('News24');
    expect(text(['T', 'Baghdad - INA', PROSE].join('\n'))).toMatchObject({ source: 'INA', dateline: 'Baghdad' });
    const placed = text(['T', 'Baghdad - Example Awsat', PROSE].join('\n'));
    expect(placed).toMatchObject({ source: 'Example Awsat', dateline: 'Baghdad', body: PROSE });
    expect(text(['T', 'Baghdad - Tehran', PROSE].join('\n')).source).toBeNull();
    expect(text(['T', PROSE, 'Coast News'].join('\n'))).toMatchObject({ source: 'Coast News', body: PROSE });
    expect(text(['T', PROSE, 'Latest News'].join('\n')).source).toBeNull();
  });
});

describe('layouts of wire and news sites', () => {
  it('reads an agency story saved from a gallery page', () => {
    const a = text(
      [
        'Envoys agree to extend the truce',
        'By JANE ROE and JOHN DOE',
        'Updated 3:15 PM GMT+1, November 27, 2023',
        'Share',
        'Full Screen',
        '1 / 12',
        'People walk past a damaged building in the city. (AP Photo/Jane Roe)',
        'Copyright 2023 The Associated Press. All rights reserved',
        `JERUSALEM (AP) — ${PROSE}`,
        'Advertisement',
        'The mediators said the truce would be extended by two days if both sides kept to its terms.',
        'Associated Press writer John Doe in Cairo contributed to this report.',
      ].join('\n'),
    );
    expect(a).toMatchObject({ dateline: 'Jerusalem', source: 'AP', publishedAt: '2023-11-27' });
    expect(a.body).toBe(
      `${PROSE}\n\nThe mediators said the truce would be extended by two days if both sides kept to its terms.`,
    );
  });
  it('prefers the dateline agency to a reprint site credited at the end', () => {
    expect(text(['T', `ANKARA (AA) – ${PROSE}`, 'Source: Daily Example'].join('\n')).source).toBe('AA');
  });
  it('reads a "Source: X| date" stamp and a filed-by line', () => {
    const a = text(['T', PROSE, 'Source: Xinhua| 2024-03-04 10:32:45|Editor: Jane'].join('\n'));
    expect(a).toMatchObject({ source: 'Xinhua', publishedAt: '2024-03-04', body: PROSE });
    expect(text(['T', 'Reuters in Jerusalem', PROSE].join('\n')).source).toBe('Reuters');
  });
});

describe('page copies', () => {
  it('reads a date glued to its time, and drops stamps and prompts under a standfirst', () => {
    const a = text(
      [
        'Envoys meet',
        'Negotiators from both sides arrived in the capital on Sunday for a first round of talks.',
        'March 4, 20249:53 AM GMT+1Updated 2 hours ago',
        'Save articles to read them later and create your own reading list.',
        PROSE,
        '___',
        "Follow the agency's coverage of the talks at https://example.org/hub",
      ].join('\n'),
    );
    expect(a.publishedAt).toBe('2024-03-04');
    expect(a.body).toBe(
      `Negotiators from both sides arrived in the capital on Sunday for a first round of talks.\n\n${PROSE}`,
    );
  });
  it('reads "Published in X, date" as the source and the date', () => {
    const a = text(['T', `ISLAMABAD: ${PROSE}`, 'Published in Example Daily, March 5th, 2024'].join('\n'));
    expect(a).toMatchObject({ dateline: 'Islamabad', source: 'Example Daily', publishedAt: '2024-03-05', body: PROSE });
  });
});

describe('layout: a headline with commas is no keyword line', () => {
  it('takes the first line for the title when the next line is a paragraph', () => {
    const a = text(
      [
        'Chad, Niger discuss water, border security',
        '',
        'NIAMEY (AA) - Chadian Foreign Minister Abdoulaye Sabre Fadoul on Tuesday held talks with his Nigerien counterpart in Niamey, according to diplomatic sources.',
      ].join('\n'),
    );
    expect(a.title).toBe('Chad, Niger discuss water, border security');
    expect(a.keywords).toEqual([]);
    expect(a.dateline).toBe('Niamey');
  });
  it('still reads a keyword line above a headline', () => {
    const a = text(['Chad, Niger, water, security', 'Chad and Niger discuss water', '', PROSE].join('\n'));
    expect(a.keywords).toEqual(['Chad', 'Niger', 'water', 'security']);
    expect(a.title).toBe('Chad and Niger discuss water');
  });
});

describe('layout: live blogs', () => {
  it('drops the entry times and the headings under them, and keeps every entry', () => {
    const a = text(
      [
        'Sudan live: Talks resume in Jeddah',
        'Published 14 March 2026',
        '10:42 GMT',
        'Mediators host a new round',
        PROSE,
        '09:50 GMT',
        'Army says talks at a critical stage',
        'An army spokesman said on Thursday that the talks had reached a critical stage in Jeddah.',
      ].join('\n'),
    );
    expect(a.sentences.map((s) => s.text)).toEqual([
      PROSE,
      'An army spokesman said on Thursday that the talks had reached a critical stage in Jeddah.',
    ]);
    expect(a.publishedAt).toBe('2026-03-14');
  });
  it('keeps a time inside prose, and a short line that no entry time heads', () => {
    const a = text(
      ['Title', PROSE, 'What happens next', 'The talks resume at 10:42 GMT on Monday in Jeddah.'].join('\n'),
    );
    expect(a.body).toContain('What happens next');
    expect(a.body).toContain('10:42 GMT on Monday');
  });
});

describe('layout: a standfirst and a personal byline above the dateline', () => {
  it('drops "Doval, Wang Yi review situation…" and "Meera Raghavan" from the body and reads "NEW DELHI"', () => {
    const a = text(
      [
        'India, China agree to set up expert group',
        'Envoys review situation along the border; PM to travel to Tianjin',
        'Meera Raghavan',
        'NEW DELHI',
        'Updated - August 20, 2025 12:48 am IST',
        PROSE,
      ].join('\n\n'),
    );
    expect(a.dateline).toBe('New Delhi');
    expect(a.body).toBe(PROSE);
  });
});

describe('layout: a dateline alone on its line', () => {
  it('reads "Muscat, 12 January 2025" under a press release title as the dateline and the date', () => {
    const a = text(['Press release on the visit', '', 'Muscat, 12 January 2025', '', PROSE].join('\n'));
    expect(a.dateline).toBe('Muscat');
    expect(a.publishedAt).toBe('2025-01-12');
    expect(a.body).toBe(PROSE);
  });
  it('reads "Baku, October 17, AZERTAC" as the dateline and the agency', () => {
    const a = text(['Ministers meet', '', 'Baku, October 17, AZERTAC', '', PROSE].join('\n'));
    expect(a.dateline).toBe('Baku');
    expect(a.source).toBe('AZERTAC');
    expect(a.body).toBe(PROSE);
  });
  it('takes no press-office label ("MEDIA NOTE", "READOUT") for a place', () => {
    for (const label of ['MEDIA NOTE', 'READOUT', 'PRESS STATEMENT']) {
      const a = text(['Signing of a declaration', '', label, '', PROSE].join('\n'));
      expect(a.dateline).toBeNull();
    }
  });
  it('takes no weekday or label for a place', () => {
    const a = text(['Press release on the visit', '', 'Friday, 12 January 2025', '', PROSE].join('\n'));
    expect(a.dateline).toBeNull();
    expect(a.publishedAt).toBe('2025-01-12');
  });
});
