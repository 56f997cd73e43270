import { describe, expect, it } from 'vitest';
import type { ExtractedArticle } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

// Actor constructions of issue 9; every sentence here is made up for the test.
const extractor = createRuleExtractor();
const run = (body: string): ExtractedArticle =>
  extractor.extract(
    parseArticle({
      origin: 't',
      content: `A test title\n\n${body}`,
      format: 'text',
      overrides: { publishedAt: '2024-03-14' },
    }),
  ) as ExtractedArticle;
const names = (x: ExtractedArticle): string[] => x.actors.map((a) => a.name);

describe('actors: one actor per person and body', () => {
  it('merges a name with an honorific inside it ("Seyed Hosseini") with the full name', () => {
    const x = run(
      'Foreign Minister Abbas Hosseini said the talks would resume. Later, Seyed Hosseini said the envoys had arrived in Muscat.',
    );
    expect(names(x).filter((n) => n.includes('Hosseini'))).toEqual(['Abbas Hosseini']);
  });
  it('reads "Amir" after a title as the given name ("Foreign Minister Amir Khan Muttaqi"), not a second title', () => {
    const x = run('Envoys met Taliban Foreign Minister Amir Khan Muttaqi in Kabul on Thursday.');
    expect(names(x)).toContain('Amir Khan Muttaqi');
  });
  it('reads "the Line of Actual Control" as a place, not a person "Actual Control"', () => {
    const x = run('India and China agreed on patrolling along the Line of Actual Control, the foreign ministry said.');
    expect(names(x).filter((n) => n.includes('Control'))).toEqual([]);
  });
  it('reads "Coordination Headquarters for the Treatment of Prisoners of War" as an organization', () => {
    const x = run(
      "According to Ukraine's Coordination Headquarters for the Treatment of Prisoners of War, 84 of those freed had been held since 2022.",
    );
    expect(x.actors.find((a) => a.name.startsWith('Coordination Headquarters'))?.kind).toBe('ORGANIZATION');
  });
  it('ends a ministry with its department when a person is named right after it ("the Ministry of Defence Ahmed Hassan")', () => {
    const x = run('The deal was witnessed by the Secretary-General of the Ministry of Defence Ahmed Hassan on Monday.');
    expect(names(x)).toContain('Ahmed Hassan');
    expect(names(x).filter((n) => n.includes('Ministry') && n.includes('Hassan'))).toEqual([]);
  });
  it('knows "the Atlantic Alliance" as NATO and "the Moscow Patriarchate" as the Russian Orthodox Church', () => {
    const x = run(
      'NATO leaders met in Vilnius. The Atlantic Alliance said the summit would go on. The Moscow Patriarchate said the Russian Orthodox Church would send an envoy.',
    );
    expect(names(x)).toContain('NATO');
    expect(names(x)).toContain('Russian Orthodox Church');
    expect(names(x)).not.toContain('Atlantic Alliance');
    expect(names(x)).not.toContain('Moscow Patriarchate');
  });
  it("an article's own spelling-out of a known acronym wins over the lexicon's, everywhere in the article", () => {
    const x = run(
      'The Independent Restoration Assembly (IRA) commander said the truce would hold. Talks brokered by the IRA between Malaysia and Brazil resumed in Dakar on Wednesday.',
    );
    expect(names(x)).toContain('Independent Restoration Assembly');
    expect(names(x)).not.toContain('Irish Republican Army');
    expect(names(x)).not.toContain('The Independent');
    expect(x.mediations.map((m) => m.mediators)).toEqual([['Independent Restoration Assembly']]);
  });
  it("keeps the lexicon's expansion where the article spells it alike or not at all", () => {
    expect(names(run('The Irish Republican Army (IRA) said it would disarm.'))).toEqual(['Irish Republican Army']);
    expect(names(run('The IRA said it would disarm.'))).toEqual(['Irish Republican Army']);
    expect(names(run('The Independent reported that the talks had stalled.'))).toEqual(['The Independent']);
  });
  it('reads a title set off from the name by a comma ("the AU Commission chairperson, Moussa Faki")', () => {
    const x = run('The deal was welcomed by the African Union Commission chairperson, Moussa Faki Mahamat, on Friday.');
    expect(x.actors.find((a) => a.name === 'Moussa Faki Mahamat')?.affiliations).toMatchObject([
      { actor: 'African Union Commission', role: 'chairperson' },
    ]);
    const y = run('Talks resumed in Doha, Hamas official Basem Naim said.');
    expect(y.actors.find((a) => a.name === 'Basem Naim')?.affiliations).toMatchObject([{ actor: 'Hamas' }]);
  });
  it('reads a possessive owner before a title ("Egypt\'s President X") and an undersecretary\'s title', () => {
    const x = run("Egypt's President Abdel Fattah al-Sisi said the talks would go on.");
    expect(x.actors.find((a) => a.name === 'Abdel Fattah al-Sisi')?.affiliations).toMatchObject([
      { actor: 'Egypt', role: 'President' },
    ]);
    const z = run("Kosovo's Besnik Bislimi and Serbia's Petar Petkovic met in Brussels.");
    expect(z.actors.find((a) => a.name === 'Petar Petkovic')?.affiliations).toMatchObject([{ actor: 'Serbia' }]);
    const y = run('Philippine Foreign Undersecretary Theresa Lazaro led the delegation.');
    expect(names(y)).toContain('Theresa Lazaro');
    expect(y.actors.find((a) => a.name === 'Theresa Lazaro')?.affiliations).toMatchObject([
      { actor: 'Philippines', role: 'Foreign Undersecretary' },
    ]);
  });
  it.each([
    [
      "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said the talks would go on.",
      'Mohammed bin Abdulrahman Al Thani',
      'Qatar',
      'Prime Minister',
    ],
    [
      'Saudi Defence Minister Prince Khalid bin Salman received the delegation.',
      'Khalid bin Salman',
      'Saudi Arabia',
      'Defence Minister',
    ],
    [
      'Saudi Crown Prince Mohammed bin Salman received the delegation.',
      'Mohammed bin Salman',
      'Saudi Arabia',
      'Crown Prince',
    ],
  ])('a courtesy title before the name is no part of the office (%s)', (text, name, actor, role) => {
    expect(run(text).actors.find((a) => a.name === name)?.affiliations).toMatchObject([{ actor, role }]);
  });
  it('reads a title set off by a comma past what it is for ("the UN envoy for Sudan, Ramtane Lamamra,")', () => {
    const x = run("The EU's special envoy for the dialogue, Miroslav Lajcak, said the talks would resume.");
    expect(x.actors.find((a) => a.name === 'Miroslav Lajcak')?.affiliations).toMatchObject([
      { actor: 'European Union', role: 'special envoy' },
    ]);
  });
  it.each([
    [
      'UN special envoy for Syria Geir Pedersen said the committee would meet.',
      'Geir Pedersen',
      'United Nations',
      'special envoy for Syria',
    ],
    [
      "Russia's envoy to the United Nations Vassily Nebenzia said the vote was a mistake.",
      'Vassily Nebenzia',
      'Russia',
      'envoy to the United Nations',
    ],
    [
      'US senior adviser for Africa Massad Boulos said talks would resume.',
      'Massad Boulos',
      'United States',
      'senior adviser for Africa',
    ],
    [
      'US envoy for the Middle East Steve Witkoff met Israeli Prime Minister Benjamin Netanyahu.',
      'Steve Witkoff',
      'United States',
      'envoy for the Middle East',
    ],
    [
      'U.S. Ambassador to Türkiye and Special Envoy for Syria Tom Barrack announced a meeting.',
      'Tom Barrack',
      'United States',
      'Ambassador to Türkiye and Special Envoy for Syria',
    ],
  ])('reads what a title covers between the title and the name as part of the role (%s)', (text, name, actor, role) => {
    const x = run(text);
    expect(x.actors.find((a) => a.name === name)?.affiliations).toMatchObject([{ actor, role }]);
    expect(x.actors.map((a) => a.name)).not.toContain(`Africa ${name}`);
  });
  it.each([
    [
      "Britain's U.N. ambassador Barbara Woodward said the fighting had created a catastrophe.",
      'Barbara Woodward',
      'United Kingdom',
      'U.N. ambassador',
    ],
    ["Russia's UN envoy Vassily Nebenzia said the vote was a mistake.", 'Vassily Nebenzia', 'Russia', 'UN envoy'],
  ])('an ambassador to a body serves the state named before it (%s)', (text, name, actor, role) => {
    expect(run(text).actors.find((a) => a.name === name)?.affiliations).toMatchObject([{ actor, role }]);
  });
  it('what a title covers stands right before the name or another title ("a US official to Caracas since Trump" gives Trump no role)', () => {
    const x = run(
      'It was the first visit by a senior US official to Caracas since Donald Trump returned to the White House.',
    );
    expect(x.actors.find((a) => a.name === 'Donald Trump')?.affiliations ?? []).toEqual([]);
  });
  it('reads a body\'s title after the name ("X, the EU\'s top diplomat,")', () => {
    const x = run("“It was not possible today,” said Josep Borrell, the EU's top diplomat, after the talks.");
    expect(x.actors.find((a) => a.name === 'Josep Borrell')?.affiliations).toMatchObject([
      { actor: 'European Union', role: 'top diplomat' },
    ]);
  });
  it('"the Sultan of Sokoto, X,": the word after "of" is where the title rules, not a person', () => {
    const x = run("The delegation will include the Sultan of Sokoto, Muhammad Sa'ad Abubakar, officials said.");
    expect(names(x)).toContain("Muhammad Sa'ad Abubakar");
    expect(names(x)).not.toContain('Sokoto');
  });
  it('a name runs back to where its initials spell the acronym after it, in any order ("Coordination of Azawad Movements (CMA)")', () => {
    const x = run('A spokesman for the Coordination of Azawad Movements (CMA) said the rebels wanted guarantees.');
    expect(x.actors.find((a) => a.aliases.includes('CMA'))).toMatchObject({
      name: 'Coordination of Azawad Movements',
      kind: 'ORGANIZATION',
    });
    const y = run('The Myanmar National Democratic Alliance Army (MNDAA) said the city had fallen.');
    expect(names(y)).toContain('Myanmar National Democratic Alliance Army');
  });
  it('a name an apposition calls a group is an organization ("the Comuneros del Sur, a dissident faction of the ELN,")', () => {
    const x = run('The government began talks with the Comuneros del Sur, a dissident faction of the ELN, on Tuesday.');
    expect(x.actors.find((a) => a.name === 'Comuneros del Sur')?.kind).toBe('ORGANIZATION');
    const y = run('Vera Grabe, a former rebel, said the talks would go on.');
    expect(y.actors.find((a) => a.name === 'Vera Grabe')?.kind).toBe('PERSON');
  });
  it('reads "the Foreign Minister of Bahrain, X," and "Minister of Foreign Affairs of the Kingdom of Bahrain, Dr. X,"', () => {
    const x = run('The Foreign Minister of Bahrain, Abdullatif Al Zayani, held talks in Muscat.');
    expect(x.actors.find((a) => a.name === 'Abdullatif Al Zayani')?.affiliations).toMatchObject([
      { actor: 'Bahrain', role: 'Foreign Minister' },
    ]);
    const y = run(
      'Minister of Foreign Affairs of the Kingdom of Bahrain, Dr. Abdullatif Al Zayani, held talks in Muscat.',
    );
    expect(y.actors.find((a) => a.name === 'Abdullatif Al Zayani')?.affiliations).toMatchObject([
      { actor: 'Bahrain', role: 'Minister of Foreign Affairs' },
    ]);
    // a clause, not a title: "the government of Chad, Idriss Malo said,"
    const z = run('Talks with the government of Chad, Idriss Malo said, would resume.');
    expect(z.actors.find((a) => a.name === 'Idriss Malo')?.affiliations ?? []).toEqual([]);
  });
  it('keeps particles in a row inside a name ("Ursula von der Leyen", "Alexander Van der Bellen")', () => {
    const x = run(
      'European Commission President Ursula von der Leyen met Austrian President Alexander Van der Bellen.',
    );
    expect(names(x)).toEqual(expect.arrayContaining(['Ursula von der Leyen', 'Alexander Van der Bellen']));
  });
  it('reads two offices of one person joined by "and" as one title', () => {
    const x = run(
      'Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar met President Ruto and Prime Minister Abiy.',
    );
    expect(x.actors.find((a) => a.name === 'Ishaq Dar')?.affiliations).toMatchObject([
      { actor: 'Pakistan', role: 'Deputy Prime Minister and Foreign Minister' },
    ]);
    expect(x.actors.find((a) => a.name === 'Abiy')?.affiliations ?? []).toEqual([]);
  });
  it('takes "X, known as Y" as one actor, and a later "Y" as X', () => {
    const x = run(
      'Militia commander Jonas Kabila Mwangi, known as Kabuga, rejected the plan. Kabuga said his fighters would stay in Goma.',
    );
    expect(names(x).filter((n) => n.includes('Kabuga') || n.includes('Mwangi'))).toEqual(['Jonas Kabila Mwangi']);
    expect(x.actors.find((a) => a.name === 'Jonas Kabila Mwangi')?.aliases).toContain('Kabuga');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Jonas Kabila Mwangi']);
  });
  it('reads a capital opening a sentence with its verb as its state, and a capital after "in" as a place', () => {
    const x = run('Washington is trying to broker a deal between Saudi Arabia and Israel. The envoys met in Nairobi.');
    expect(names(x)).toContain('United States');
    expect(names(x)).not.toContain('Kenya');
    expect(x.mediations[0]?.mediators).toEqual(['United States']);
  });
  it('gives a counterpart the office of the person before, and "the Turkish top diplomat" is that counterpart', () => {
    const x = run(
      'Russian Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan spoke by phone. The Turkish top diplomat stressed that the talks must go on.',
    );
    const fidan = x.actors.find((a) => a.name === 'Hakan Fidan');
    expect(fidan?.affiliations).toEqual([expect.objectContaining({ actor: 'Turkey', role: 'Foreign Minister' })]);
    expect(x.statements.map((s) => s.speaker)).toEqual(['Hakan Fidan']);
  });
  it('takes a lone surname as a person when it speaks after an aside ("Okafor, speaking in Abuja, said")', () => {
    const x = run(
      'Okafor, speaking in Abuja on Tuesday, said the ceasefire would hold. Mensah, 64, told reporters the talks had stalled.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Okafor', 'Mensah']);
  });
  it('reads Malacañang as an organization', () => {
    const x = run('Malacañang clarified on Tuesday that the talks would go on in Oslo.');
    expect(x.actors.find((a) => a.name === 'Malacañang')?.kind).toBe('ORGANIZATION');
  });
});

describe('actors: a country named in a former office', () => {
  it('does not make the country of a former office holder an actor', () => {
    const x = run(
      'The delegation that arrived in Niamey is led by the former President of Ghana, General Kofi Mensah. Former Ugandan Prime Minister Ruhakana Okello joined the talks.',
    );
    expect(names(x)).not.toContain('Ghana');
    expect(names(x)).not.toContain('Uganda');
  });
  it('keeps the country of a serving office holder', () => {
    const x = run('Ugandan Prime Minister Ruhakana Okello joined the talks in Niamey.');
    expect(names(x)).toContain('Uganda');
  });
});

describe('actors: the two Congos', () => {
  it('reads a bare "Congo" as the Democratic Republic (Kinshasa) and "Congo-Brazzaville" as the Republic', () => {
    const x = run('Congo accused Rwanda of backing the rebels. Congo-Brazzaville offered to host the talks.');
    expect(names(x)).toContain('Democratic Republic of the Congo');
    expect(names(x)).toContain('Republic of the Congo');
  });
});

describe('actors: a capital acting as its state', () => {
  it('makes "Moscow has repeatedly warned…" Russia', () => {
    const x = run('Moscow has repeatedly warned that the new bases would threaten its security.');
    expect(names(x)).toContain('Russia');
  });
});

describe('actors: an accent typed for an apostrophe', () => {
  it('reads "Chad´s President Omar Siddiq" as it reads "Chad\'s"', () => {
    const x = run('Chad´s President Omar Siddiq arrived in Niamey.');
    expect(names(x)).toEqual(['Chad', 'Omar Siddiq']);
  });
});

describe('actors: a government phrase is an alias of the country it names only', () => {
  it('gives "South Sudan\'s government" to South Sudan, never "Sudan\'s government" to another country', () => {
    const x = run("South Sudan's government and the opposition resumed talks in Nairobi, mediated by Kenya.");
    const kenya = x.actors.find((a) => a.name === 'Kenya');
    expect(kenya?.aliases).toEqual([]);
    expect(x.actors.find((a) => a.name === 'South Sudan')?.aliases).toContain("South Sudan's government");
  });
  it('reads "Sudan\'s army-led government" as Sudan, not the army that leads it', () => {
    const x = run("Sudan's army-led government rejected the plan on Saturday, calling it “a trap set by its enemies.”");
    expect(names(x)).toContain('Sudan');
    expect(x.actors.find((a) => a.name === 'Sudan')?.aliases).toContain("Sudan's army-led government");
    expect(x.statements[0]?.speaker).toBe('Sudan');
  });
  it('makes "the emir said Doha would…" the state of Qatar', () => {
    const x = run('The emir said Doha would continue its efforts.');
    expect(names(x)).toContain('Qatar');
  });
});

describe('actors: a short name two persons share', () => {
  const kim = (x: ExtractedArticle) => x.actors.find((a) => a.aliases.includes('Kim'))?.name;
  it('is the one in office named by a title ("leader Kim Jong Un"), not a relative named beside him', () => {
    const x = run(
      'Kim Yo Jong, the sister of leader Kim Jong Un, issued a statement. President Omar Siddiq said he would like to meet Kim again.',
    );
    expect(kim(x)).toBe('Kim Jong Un');
  });
  it('is never a former officeholder named in passing ("former President Kim Dae-jung")', () => {
    const x = run(
      'North Korean leader Kim Jong Un met Moon Jae-in. Former President Kim Dae-jung visited Pyongyang in 2000. Kim will return north during the break.',
    );
    expect(kim(x)).toBe('Kim Jong Un');
  });
});

describe('actors: a presidency is an organization of its country', () => {
  it('reads "the Kenyan presidency said" as the Kenyan Presidency, which speaks', () => {
    const x = run('South Sudan and the rebels signed a protocol in Nairobi, the Kenyan presidency said.');
    const presidency = x.actors.find((a) => a.name === 'Kenyan Presidency');
    expect(presidency?.kind).toBe('ORGANIZATION');
    expect(presidency?.aliases).toContain('Presidency of Kenya');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Kenyan Presidency']);
  });
});

describe('actors: "X\'s government" is the government of the country X leads', () => {
  it('gives "Maduro\'s government" to Venezuela, never to the country named most', () => {
    const x = run(
      "Representatives of Venezuelan President Nicolas Maduro's government met in Mexico City. Norway facilitated the talks. Norway's envoy read the text. Norway welcomed it.",
    );
    expect(x.actors.find((a) => a.name === 'Venezuela')?.aliases).toContain("Maduro's government");
    expect(x.actors.find((a) => a.name === 'Norway')?.aliases).toEqual([]);
  });
  it('gives "the government of President X" to no country when X leads none the article names', () => {
    const x = run(
      'The ELN and the government of President Gustavo Petro met in Caracas. The United States welcomed it. The United States said so.',
    );
    expect(x.actors.find((a) => a.name === 'United States')?.aliases ?? []).not.toContain(
      'government of President Gustavo Petro',
    );
  });
});

describe('actors: a title in the plural before a list of names', () => {
  it('reads "Presidents Felix Tshisekedi and Paul Kagame" as two presidents', () => {
    const x = run('Presidents Felix Tshisekedi and Paul Kagame are expected to travel to Washington.');
    expect(names(x)).toEqual(['Felix Tshisekedi', 'Paul Kagame']);
  });
});

describe('actors: a title ending in a portfolio or an honorific before the name', () => {
  it('reads "Commissioner for Human Rights X" and "Commissioner for Children\'s Rights Y" as X and Y', () => {
    const x = run(
      "Ukrainian Commissioner for Human Rights Dmytro Lubinets spoke to Russian Commissioner for Children's Rights Maria Lvova-Belova.",
    );
    expect(names(x)).toEqual(expect.arrayContaining(['Dmytro Lubinets', 'Maria Lvova-Belova']));
    expect(names(x).some((n) => /Rights|Children/.test(n))).toBe(false);
  });
  it('drops "Mawlawi" and "Mullah" from a name, so that both spellings are one person', () => {
    const x = run(
      'The delegation was led by Defence Minister Mawlawi Mohammad Yaqoob Mujahid. Mullah Mohammad Yaqoob said the talks were useful.',
    );
    expect(names(x).filter((n) => n.includes('Yaqoob'))).toEqual(['Mohammad Yaqoob Mujahid']);
  });
});

describe("actors: a bare ministry is the dateline's country's when the article is about that country", () => {
  it('names "the Foreign Ministry" of a Cairo story about Egypt "Egyptian Foreign Ministry"', () => {
    const x = run(
      'CAIRO, Aug 24 (Reuters) - Egypt hosted the delegations on Saturday. Egypt said the talks would go on. The Foreign Ministry said the next round would open on Sunday.',
    );
    const ministry = x.actors.find((a) => a.aliases.includes('Foreign Ministry'));
    expect(ministry?.name).toBe('Egyptian Foreign Ministry');
  });
  it('leaves it bare when another country is the one the story names most', () => {
    const x = run(
      'CAIRO, Aug 24 (Reuters) - Israel and Israeli officials said Israel would send a delegation. The Foreign Ministry said the talks would resume.',
    );
    expect(x.actors.map((a) => a.name)).toContain('Foreign Ministry');
  });
});

describe('actors: a style of address is no part of the name', () => {
  it('reads "His Highness Sheikh Abdullah bin Zayed Al Nahyan" as Abdullah bin Zayed Al Nahyan', () => {
    const x = run('Andrii Sybiha will hold talks with His Highness Sheikh Abdullah bin Zayed Al Nahyan in Abu Dhabi.');
    expect(names(x)).toContain('Abdullah bin Zayed Al Nahyan');
    expect(names(x).some((n) => n.includes('Highness'))).toBe(false);
  });
});

describe('actors: one known by one name keeps the title', () => {
  it('names "Pope Francis" and "Patriarch Kirill" so, with "Francis" an alias, and Cardinal Zuppi by his name', () => {
    const x = run('Pope Francis met Patriarch Kirill in Havana. Cardinal Matteo Zuppi later said Francis was pleased.');
    const people = x.actors.filter((a) => a.kind === 'PERSON');
    expect(people.map((a) => a.name)).toEqual(['Pope Francis', 'Patriarch Kirill', 'Matteo Zuppi']);
    expect(people[0]?.aliases).toContain('Francis');
  });
});

describe('actors: names of documents and holidays', () => {
  it('reads "the Five-Point Consensus" and "Hari Raya Aidilfitri" as no actors', () => {
    const x = run(
      'Under the Five-Point Consensus, the envoy met both sides. The next round will take place in Kuala Lumpur after Hari Raya Aidilfitri.',
    );
    expect(names(x).filter((n) => /Consensus|Aidilfitri/.test(n))).toEqual([]);
  });
});

describe('actors: an acronym written as a word', () => {
  it('reads "Asean" and "Nato" as ASEAN and NATO', () => {
    const x = run('Asean foreign ministers met in Singapore, and Nato said it was watching closely.');
    expect(names(x)).toEqual(expect.arrayContaining(['ASEAN', 'NATO']));
  });
});

describe('actors: a junta is an organization of its country', () => {
  it('reads "Niger\'s junta" as the Nigerien junta, which "the junta said" refers to', () => {
    const x = run("Niger's junta rejected the ECOWAS ultimatum. The junta said it would defend the country.");
    expect(x.actors.find((a) => a.name === 'Nigerien junta')?.kind).toBe('ORGANIZATION');
    expect(x.statements.map((s) => s.speaker)).toEqual(['Nigerien junta']);
  });
});

describe('actors: a name only ever written after "at" or "in"', () => {
  it('is a place, not a person ("met Zelenskiy at Castel Gandolfo")', () => {
    const x = run('Pope Leo XIV met Ukrainian President Volodymyr Zelenskiy at Castel Gandolfo on July 9.');
    expect(names(x)).not.toContain('Castel Gandolfo');
    expect(x.meetings.map((m) => m.location)).toEqual(['Castel Gandolfo']);
  });
});
