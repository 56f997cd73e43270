import { describe, expect, it } from 'vitest';
import type { ExtractedArticle, ExtractedStatement } from '../../src/domain/article.js';
import { createRuleExtractor } from '../../src/extract/index.js';
import { parseArticle } from '../../src/parse/index.js';

const extractor = createRuleExtractor();
const run = (body: string, publishedAt = '2024-03-14'): ExtractedArticle =>
  extractor.extract(
    parseArticle({ origin: 't', content: `A test title\n\n${body}`, format: 'text', overrides: { publishedAt } }),
  ) as ExtractedArticle;
const said = (x: ExtractedArticle): string[] => x.statements.map((s: ExtractedStatement) => `${s.speaker}: ${s.text}`);

describe('statements: unnamed sources', () => {
  it('gives "officials said" to the body named before them, below the top confidence band', () => {
    const x = run(
      'The Kenyan Foreign Ministry hosted the delegations in Nairobi. The talks will resume on Monday, officials said.',
    );
    const s = x.statements.find((st) => st.text === 'The talks will resume on Monday');
    expect(s?.speaker).toBe('Kenyan Foreign Ministry');
    expect(s?.confidence).toBeLessThan(0.9);
  });
  it('gives "the ministry" to the owner of the unnamed ministry named before ("Egypt\'s water ministry")', () => {
    const x = run(
      "Talks on the dam ended without agreement, Egypt's water ministry said. “Ethiopian positions had not changed,” the ministry said.",
    );
    expect(x.statements.find((st) => st.text === 'Ethiopian positions had not changed')?.speaker).toBe('Egypt');
    const y = run(
      "The Ethiopian Foreign Ministry left early. Talks ended, Egypt's water ministry said. “Nothing has changed,” the ministry said.",
    );
    expect(y.statements.find((st) => st.text === 'Nothing has changed')?.speaker).toBe('Egypt');
  });
  it('reads a statement whose content has a compound ending in an initialism ("the China-U.S. relationship")', () => {
    const x = run('Chinese President Xi Jinping called Joe Biden. Xi said the China-U.S. relationship is vital.');
    expect(said(x)).toContain('Xi Jinping: the China-U.S. relationship is vital');
  });
  it('gives "the group\'s Al Masirah TV reported" to the outlet, and "the movement\'s Telegram channel" to the movement', () => {
    const x = run(
      "The International Committee of the Red Cross facilitated the swap. The Houthis released 100 detainees on Friday, the group's Al Masirah TV reported.",
    );
    expect(x.statements.find((st) => st.text.startsWith('The Houthis released'))?.speaker).toBe('Al-Masirah');
    const y = run(
      "The Islamic Resistance Movement (Hamas) handed its reply to Qatar. “We are close to a truce,” said a message on the movement's Telegram channel.",
    );
    expect(y.statements.find((st) => st.text === 'We are close to a truce')?.speaker).toBe('Hamas');
  });
  it('gives "his ministry said" to the person the sentence is about', () => {
    const x = run(
      "The Qatari Foreign Ministry hosted the talks. Iran's Foreign Minister Abbas Araghchi called his counterparts, urging restraint, his ministry said.",
    );
    expect(x.statements.find((st) => st.text.includes('urging restraint'))?.speaker).toBe('Abbas Araghchi');
  });
  it('gives "both sides said", "the two countries announced" to the first of the pair named before', () => {
    const x = run('Russia and Ukraine exchanged hundreds of prisoners on Wednesday, both sides said.');
    expect(said(x)).toEqual(['Russia: Russia and Ukraine exchanged hundreds of prisoners on Wednesday']);
    const y = run(
      'Saudi Arabia and Iran met in Beijing. The two countries announced the resumption of diplomatic relations with immediate effect.',
    );
    expect(said(y)).toEqual(['Saudi Arabia: the resumption of diplomatic relations with immediate effect']);
    // "the four countries": the first of the four states named before, not the sides they invited
    const z = run(
      "The United States, Saudi Arabia, the United Arab Emirates and Egypt have invited Sudan's army and the Rapid Support Forces to talks in Washington, the four countries said in a joint statement.",
    );
    expect(z.statements.map((st) => st.speaker)).toEqual(['United States']);
    // "the three juntas": the list of three states named before, not the latest three states
    const w = run(
      'Mali, Burkina Faso and Niger plan to leave the bloc. Senegal and Togo have mediated with them. The three juntas said in a joint statement that their decision was irreversible.',
    );
    expect(w.statements.find((st) => st.text.includes('irreversible'))?.speaker).toBe('Mali');
  });
  it('"confirmed the agreement in a post on X, saying …": the object is no statement, the words after "saying" are', () => {
    const x = run(
      "Pakistan's Foreign Minister Ishaq Dar confirmed the agreement in a post on X, saying Pakistan had always striven for peace.",
    );
    expect(said(x)).toEqual(['Ishaq Dar: Pakistan had always striven for peace']);
  });
  it('"posting photographs of …" reports no words; "posting on X that …" does', () => {
    const x = run(
      '“Our people are home,” Ukrainian President Volodymyr Zelenskiy wrote on Telegram, posting photographs of the freed soldiers.',
    );
    expect(said(x)).toEqual(['Volodymyr Zelenskiy: Our people are home']);
  });
  it('"said an African diplomat" is an unnamed source, as "said a diplomat" is ("African" is no person)', () => {
    const x = run('Qatar has agreed to mediate in the Chad talks. "The process is slow," said an African diplomat.');
    expect(x.statements.map((st) => st.text)).toEqual(['The process is slow']);
    expect(x.actors.map((a) => a.name)).not.toContain('African');
  });
  it('"CLAUSE, the ministry said in a statement posted on its Telegram channel": the clause is said, the participle is not', () => {
    const x = run(
      'Russian Foreign Minister Sergey Lavrov met his Turkish counterpart, the Russian Foreign Ministry said. The sides discussed the prospects for resuming negotiations in Istanbul, the ministry said in a statement posted on its Telegram channel.',
    );
    expect(said(x)).toContain(
      'Russian Foreign Ministry: The sides discussed the prospects for resuming negotiations in Istanbul',
    );
    expect(x.statements.filter((st) => st.text.startsWith('posted'))).toEqual([]);
  });
  it('ends the content before ", Chinese state media reported"', () => {
    const x = run(
      'Chinese President Xi Jinping met Modi. Xi said the two sides should strengthen cooperation, Chinese state media reported.',
    );
    expect(said(x)).toContain('Xi Jinping: the two sides should strengthen cooperation');
  });
  it('gives an outlet\'s own report to the outlet, past its owner and its nouns ("Egypt\'s state-run Al-Qahera News TV said")', () => {
    const x = run(
      "Egypt's state-run Al-Qahera News TV said mediators were pressing both sides. The Saudi-owned Al Arabiya TV said Riyadh would host the next round. Iran said talks would continue, the official IRNA news agency reported.",
    );
    expect(said(x)).toEqual([
      'Al-Qahera News: mediators were pressing both sides',
      'Al-Arabiya: Riyadh would host the next round',
      'Iran: talks would continue',
    ]);
  });
  it('gives a quote its outlet when the speaker is named before the verb ("“…,” X told CNN")', () => {
    const x = run('“We are not going to negotiate under fire,” Israeli Prime Minister Benjamin Netanyahu told CNN.');
    expect(x.statements.map((s) => [s.speaker, s.via])).toEqual([['Benjamin Netanyahu', 'CNN']]);
  });
  it('reads no statement from "confirmed the ceasefire on Geo News" (a noun object said on an outlet)', () => {
    const x = run(
      "Pakistan's Foreign Minister Ishaq Dar confirmed the ceasefire on Geo News and said Saudi Arabia had also played a role.",
    );
    expect(said(x)).toEqual(['Ishaq Dar: Saudi Arabia had also played a role']);
  });
  it('gives "X\'s information minister Y dismissed …, saying …" to Y, not to X', () => {
    const x = run(
      "Eritrea's information minister Yemane Gebremeskel dismissed calls for negotiations, saying Asmara would not be drawn into a fruitless debate.",
    );
    expect(said(x)).toEqual(['Yemane Gebremeskel: Asmara would not be drawn into a fruitless debate']);
  });
  it('gives "…, the official added" to the body of the unnamed official just before', () => {
    const x = run(
      'A Hamas delegation arrived in Cairo on Thursday, a Hamas official said. The delegation will meet Egyptian intelligence chief Abbas Kamel, the official added.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Hamas', 'Hamas']);
  });
  it('gives "a ministry source" to the ministry', () => {
    const x = run(
      'The Egyptian Foreign Ministry invited both delegations. “The crossing will open at dawn,” a ministry source told reporters.',
    );
    expect(said(x)).toContain('Egyptian Foreign Ministry: The crossing will open at dawn');
  });
  it('does not make a country’s unnamed sources its voice', () => {
    const x = run('Yemeni sources said that the convoy had reached the port of Hodeidah late on Sunday.');
    expect(x.statements).toHaveLength(0);
  });
});

describe('statements: more than one in a sentence', () => {
  it('reads ", adding that…" as a second statement', () => {
    const x = run(
      'Kenyan President William Ruto said the ceasefire would hold, adding that observers would arrive on Monday.',
    );
    expect(said(x)).toEqual([
      'William Ruto: the ceasefire would hold',
      'William Ruto: observers would arrive on Monday',
    ]);
  });
  it('gives ", saying…" after an act to the actor of the clause', () => {
    const x = run('Ahead of the vote, Kenyan President William Ruto met the envoys, saying the talks were on track.');
    expect(said(x)).toEqual(['William Ruto: the talks were on track']);
  });
  it('reads "issued a statement saying…"', () => {
    const x = run('The African Union issued a statement saying that the summit in Addis Ababa was postponed.');
    expect(said(x)).toContain('African Union: the summit in Addis Ababa was postponed');
  });
  it('", while A\'s ministry spokeswoman X accused…": a second speaker after a long subject, and "but that" is no second', () => {
    const x = run(
      "Fighting went on. Hours before the talks, the Royal Thai Army said clashes were continuing along the frontier, while Cambodia's Ministry of National Defence spokeswoman Maly Socheata accused Thai forces of shelling villages. The UN said the meeting would help, but that nobody expected a breakthrough.",
    );
    expect(said(x)).toEqual([
      'Royal Thai Army: clashes were continuing along the frontier',
      'Maly Socheata: Thai forces of shelling villages',
      'United Nations: the meeting would help, but that nobody expected a breakthrough',
    ]);
  });
  it('"Hours before the talks began, X said…": a time aside leads in, it is no words said', () => {
    const x = run('Fighting went on. Hours before the talks began, the Royal Thai Army said the border was calm.');
    expect(said(x)).toEqual(['Royal Thai Army: the border was calm']);
  });
  it('"X said A, the ministry said": X speaks; "X told Y that A, the directorate said": the directorate does', () => {
    const x = run(
      "Swedish Foreign Minister Maria Malmer Stenergard said Sweden stood ready to help, the ministry said. Turkish President Recep Tayyip Erdogan told Ukrainian President Volodymyr Zelensky that Turkey would keep trying, Turkey's Communications Directorate said.",
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Maria Malmer Stenergard', 'Communications Directorate']);
    expect(x.statements[0]?.text).toBe('Sweden stood ready to help');
  });
  it('keeps quoted words after ", noting that" in the same statement', () => {
    const x = run('“We are close,” said Kenyan President William Ruto, noting that “the last issues are small.”');
    expect(said(x)).toEqual(['William Ruto: We are close. the last issues are small']);
  });
});

describe('statements: quotes', () => {
  it('continues a quote after its attribution in the same paragraph as one statement', () => {
    const x = run('“We will not sign,” said rebel commander Daniel Okoth. “The army must leave our villages first.”');
    expect(said(x)).toEqual(['Daniel Okoth: We will not sign. The army must leave our villages first']);
  });
  it('reads quotes ending in ? or ! before "he said"', () => {
    const x = run(
      'Kenyan President William Ruto met the envoys. “Who will pay for the reconstruction?” he said. “We will not wait forever!” he added.',
    );
    expect(said(x)).toEqual([
      'William Ruto: Who will pay for the reconstruction?',
      'William Ruto: We will not wait forever!',
    ]);
  });
  it('reads typewriter quotes', () => {
    const x = run("``The border stays closed until the talks end,'' Kenyan President William Ruto said.");
    expect(said(x)).toEqual(['William Ruto: The border stays closed until the talks end']);
  });
  it('ignores reporting verbs inside a quote', () => {
    const x = run('“They say they want peace, but they keep shelling,” Kenyan President William Ruto said.');
    expect(said(x)).toEqual(['William Ruto: They say they want peace, but they keep shelling']);
  });
});

describe('statements: the speaker', () => {
  it('is the person nearest the cue, not a modifier', () => {
    const x = run('Ruto running mate Rigathi Gachagua told reporters that the vote would be peaceful.');
    expect(x.statements[0]?.speaker).toBe('Rigathi Gachagua');
  });
  it('skips a lead-in phrase naming a place', () => {
    const x = run(
      'Kenyan President William Ruto opened the session. In a briefing at the port of Mombasa on Monday, he insisted that the talks would go on.',
    );
    expect(said(x)).toContain('William Ruto: the talks would go on');
  });
  it('is the head of an apposition', () => {
    const x = run(
      'Daniel Okoth, a spokesman for the Kenyan Foreign Ministry, said the envoys would arrive on Tuesday.',
    );
    expect(x.statements[0]?.speaker).toBe('Daniel Okoth');
  });
  it('resolves "the ministry" and pronouns through the discourse', () => {
    const x = run(
      'The Qatari Foreign Ministry announced the talks. The ministry said both delegations had arrived. It added that the first session would start on Sunday.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Qatari Foreign Ministry', 'Qatari Foreign Ministry']);
  });
});

describe('statements: more cues', () => {
  it.each([
    ['replied', '“We will sign it,” Kenyan President William Ruto replied.', 'William Ruto: We will sign it'],
    [
      'conceded',
      'Kenyan President William Ruto conceded that the deadline would be missed.',
      'William Ruto: the deadline would be missed',
    ],
    [
      'complained',
      'Kenyan President William Ruto complained that the observers had not arrived.',
      'William Ruto: the observers had not arrived',
    ],
    [
      'told the BBC',
      'Ethiopian Foreign Minister Gedion Timothewos told the BBC it had been pencilled in for March.',
      'Gedion Timothewos: it had been pencilled in for March',
    ],
    [
      'told the … news agency that',
      'Russian envoy Mikhail Galuzin told the RIA Novosti news agency that Russia would keep pressing.',
      'Mikhail Galuzin: Russia would keep pressing',
    ],
    [
      'proposed that',
      'Kenyan President William Ruto proposed on Monday that the next round be held in Nairobi.',
      'William Ruto: the next round be held in Nairobi',
    ],
    [
      'demanded that',
      'Kenyan President William Ruto demanded that the observers arrive before the vote.',
      'William Ruto: the observers arrive before the vote',
    ],
    [
      'accused',
      'Egypt accused Ethiopia of filling the reservoir without an agreement.',
      'Egypt: Ethiopia of filling the reservoir without an agreement',
    ],
    [
      'called for',
      'The African Union called for an immediate ceasefire in the region.',
      'African Union: an immediate ceasefire in the region',
    ],
    [
      'told X that',
      'Kenyan President William Ruto told the envoys that the talks would continue.',
      'William Ruto: the talks would continue',
    ],
  ])('%s', (_cue, text, expected) => {
    expect(said(run(text))).toContain(expected);
  });
  it('does not read "did not say" or an infinitive as a statement', () => {
    const x = run(
      'Kenyan President William Ruto did not say which areas the truce covers. Kenya was the first country to acknowledge the new government.',
    );
    expect(x.statements).toHaveLength(0);
  });
});

describe('statements: text and date', () => {
  it('never includes the lead-in or the attribution', () => {
    const x = run('In a letter to the council, the African Union said that the mission would end in June.');
    expect(said(x)).toEqual(['African Union: the mission would end in June']);
  });
  it('dates a statement by its attribution, not by a date inside it', () => {
    const x = run('“The vote will take place on Sunday,” Kenyan President William Ruto said on Tuesday.', '2024-03-14');
    expect(x.statements[0]?.date).toBe('2024-03-12');
  });
});

describe('statements: a day between the cue and its content', () => {
  it('reads the content after "said on Monday" without "that", dated to that day', () => {
    const x = run('Sudanese army spokesman Nabil Abdallah said on Monday the delegation would travel to Jeddah.');
    expect(said(x)).toContain('Nabil Abdallah: the delegation would travel to Jeddah');
    expect(x.statements[0]?.date).toBe('2024-03-11');
  });
  it('keeps a possessive day inside the content', () => {
    const x = run("Sudanese army spokesman Nabil Abdallah said Monday's shelling would not stop the talks.");
    expect(said(x)).toContain("Nabil Abdallah: Monday's shelling would not stop the talks");
  });
  it('finds no statement in "said on Monday" with nothing after it', () => {
    expect(run('Sudanese army spokesman Nabil Abdallah said on Monday.').statements).toEqual([]);
  });
  it('finds no statement in a noun object told to an outlet or to reporters', () => {
    expect(run('Junta spokesman Zaw Lin confirmed the agreement to Reuters on Friday.').statements).toEqual([]);
    expect(run('Junta spokesman Zaw Lin confirmed the truce to the BBC on Friday.').statements).toEqual([]);
    expect(run('Army spokesman Nabil Abdallah announced the decision to reporters in Port Sudan.').statements).toEqual(
      [],
    );
    const x = run('Army spokesman Nabil Abdallah confirmed to Reuters that the delegation had left for Jeddah.');
    expect(said(x)).toContain('Nabil Abdallah: the delegation had left for Jeddah');
  });
  it('gives "The Minister expressed…" (a press release\'s capitals) to the minister named before, never to a country', () => {
    const x = run(
      'Foreign Minister Ali Omar met his counterpart in Muscat to discuss Iran. The Minister expressed his appreciation for the role played by Oman.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Ali Omar']);
  });
  it('ends the content where the speaker declines to say more', () => {
    const x = run(
      'Army spokesman Nabil Abdallah said the army remained ready to talk but declined to comment on the Jeddah talks.',
    );
    expect(said(x)).toContain('Nabil Abdallah: the army remained ready to talk');
  });
  it('ends the content before the attribution said again ("…, his spokesperson told reporters")', () => {
    const x = run(
      'The U.N. secretary-general said on Friday that both sides must return to the table, his spokesperson told reporters.',
    );
    expect(said(x)).toContain('United Nations: both sides must return to the table');
    const y = run('Army spokesman Nabil Abdallah said the convoy reached Jeddah, a town the army said it held.');
    expect(said(y)[0]).toMatch(/^Nabil Abdallah: the convoy reached Jeddah, a town the army said it held/);
  });
  it('ends the content before where the report comes from (", according to state media")', () => {
    const x = run(
      'Chinese President Xi Jinping told French President Emmanuel Macron in a phone call that China was ready to help, according to Chinese state media.',
    );
    expect(said(x)).toContain('Xi Jinping: China was ready to help');
  });
  it('reads the words after a pseudo-cleft "what … was that"', () => {
    const x = run('Army spokesman Nabil Abdallah said what he was stressing was that the talks must resume in Jeddah.');
    expect(said(x)).toContain('Nabil Abdallah: the talks must resume in Jeddah');
  });
  it('keeps "said A but warned that B" as one statement', () => {
    const x = run('Army spokesman Nabil Abdallah said the talks were useful but warned that no deal was near.');
    expect(said(x)).toEqual(['Nabil Abdallah: the talks were useful but warned that no deal was near']);
  });
  it('"X\'s spokesman, Y, said": Y speaks', () => {
    const x = run(
      "President Omar Siddiq left. Siddiq's spokesman, Idriss Malo, said the president would travel to Addis Ababa.",
    );
    expect(said(x)).toEqual(['Idriss Malo: the president would travel to Addis Ababa']);
  });
  it('ends the content before the writer\'s aside (", a claim X did not confirm")', () => {
    const x = run('Army spokesman Nabil Abdallah said Chad had backed the plan, a claim Ndjamena did not confirm.');
    expect(said(x)).toEqual(['Nabil Abdallah: Chad had backed the plan']);
  });
});

describe('statements: a clause reported, then ", adding that…"', () => {
  it('gives the clause before the cue and the words added after it to the speaker, as two statements', () => {
    const x = run(
      'Foreign Minister Omar Siddiq met each delegation separately on Monday, the Chadian foreign ministry said in a statement, adding that Chad would “spare no effort” to bring the parties closer.',
    );
    expect(said(x)).toEqual([
      'Chadian Foreign Ministry: Foreign Minister Omar Siddiq met each delegation separately on Monday',
      'Chadian Foreign Ministry: Chad would spare no effort to bring the parties closer',
    ]);
  });
});

describe('statements: the mediators named by their role', () => {
  it('gives "the co-chairs said", after a lead-in too, to the first mediator of the mediation reported before', () => {
    const x = run(
      'The talks between Chad and Niger were co-chaired and facilitated by the African Union and the United Nations. In a joint communique issued at the close of the round, the co-chairs said that the talks had been held in a calm atmosphere.',
    );
    expect(x.statements.find((s) => s.text.startsWith('the talks had been held'))?.speaker).toBe('African Union');
  });
});

describe('statements: a person named again by a body and a role', () => {
  it('gives "the Kremlin aide told…" to the aide named just before, not to the Kremlin', () => {
    const x = run(
      'The delegation included Presidential Aide Yury Ushakov. Ushakov said it was too early to name a date. “Nobody is talking about next week. The teams must first agree,” the Kremlin aide told reporters.',
    );
    expect(x.statements.find((s) => s.text.startsWith('Nobody'))?.speaker).toBe('Yury Ushakov');
  });
  it('gives "X quoted Y as telling the visiting minister" the quote before, not who was told', () => {
    const x = run('“We will stand with you,” KCNA quoted Kim Jong Un as telling the visiting minister.');
    expect(said(x)).toEqual(['Kim Jong Un: We will stand with you']);
  });
});

describe('statements: a state organ named without its state', () => {
  it('gives "according to the health ministry" to the state named latest, never to an armed group', () => {
    const x = run(
      'The war, which Hezbollah opened in support of its ally Hamas, killed more than 4,000 people in Lebanon, according to the health ministry.',
    );
    expect(x.statements[0]?.speaker).toBe('Lebanon');
  });
});

describe('statements: an unnamed source named again', () => {
  it('gives "…, the diplomat said" to the Qatari diplomat of the sentence before, not to a minister named earlier', () => {
    const x = run(
      'Israeli Prime Minister Benjamin Netanyahu said Israel wants more hostages freed. Witkoff spoke by phone on Wednesday with the Qatari prime minister, according to a Qatari diplomat. Witkoff had been expected in Cairo on Thursday but postponed his trip, the diplomat said.',
    );
    expect(x.statements.find((s) => s.text.startsWith('Witkoff had been expected'))?.speaker).toBe('Qatar');
  });
});

describe('statements: reported words that go on past the attribution', () => {
  it('"Both sides had shown “some flexibility,” he said, but gaps remained": one statement, both clauses', () => {
    const x = run(
      'An Egyptian official said the talks had been tense. Both sides had shown “some flexibility,” he said, but wide gaps remained over the withdrawal of troops.',
    );
    expect(x.statements.find((s) => s.text.startsWith('Both sides'))?.text).toContain('wide gaps remained');
  });
});

describe('statements: an unnamed source remembered for the whole article', () => {
  it('gives "the official said" to whom "the official" spoke for before, a pronoun\'s statement between', () => {
    const x = run(
      'Iraqi Foreign Minister Fuad Hussein visited Tehran last week. Hussein met Iranian officials and Ali Larijani, the secretary of Iran\'s Supreme National Security Council, on Oct. 22, the official said. He declined to describe the message, but said it concerned the return to the table. "The message was short and the answer was shorter," the official said.',
    );
    const first = x.statements.find((st) => st.text.startsWith('Hussein met'))?.speaker;
    expect(x.statements.find((st) => st.text.startsWith('The message was short'))?.speaker).toBe(first);
  });
});

describe('statements: unnamed sources with long asides', () => {
  it('"A senior government official, who asked not to be named because…, said" speaks for the state the article names most', () => {
    const x = run(
      'Ethiopia and the TPLF met in Addis Ababa. Ethiopia wants a deal. A senior government official, who asked not to be named because he was not authorised to brief the media, said the army was ready.',
    );
    expect(x.statements.find((s) => s.text === 'the army was ready')?.speaker).toBe('Ethiopia');
  });
  it('"a senior administration official" speaks for the United States unless the article names an administration of its own', () => {
    const x = run(
      'U.S. envoy Tom Perriello met Kenyan President William Ruto in Nairobi. A senior administration official told reporters that Washington hoped to bring both sides to Jeddah.',
    );
    expect(x.statements.find((s) => s.text.startsWith('Washington hoped'))?.speaker).toBe('United States');
    const y = run(
      'The Ruto administration hosted the talks in Nairobi with the United States. Kenya wants a deal, and Kenyan diplomats are upbeat. A senior administration official said Kenya was ready to host another round.',
    );
    expect(y.statements.find((s) => s.text.startsWith('Kenya was ready'))?.speaker).toBe('Kenya');
  });
  it('"the faction said" is the group named before', () => {
    const x = run('The TPLF has been divided for months. The faction said it had not been consulted about the talks.');
    expect(x.statements[0]?.speaker).toBe('TPLF');
  });
});

describe('statements: pronouns after a named subject', () => {
  it("gives '“…,” he told RFE/RL' to the subject of the sentence before, not the person named last in it", () => {
    const x = run(
      'Bosnian presidency member Denis Becirovic welcomed the decision not to receive Milorad Dodik. "Those who attack the state should not be rewarded," he told RFE/RL.',
    );
    expect(x.statements.find((st) => st.text.startsWith('Those who attack'))?.speaker).toBe('Denis Becirovic');
  });
  it("never gives '“… That is Putin's answer,” he said' to the person named inside the quote", () => {
    const x = run(
      'In his evening address, Ukrainian President Volodymyr Zelensky said Russia\'s strikes had not stopped. "More than a hundred drones this night alone. That is Vladimir Putin\'s answer so far," he said.',
    );
    expect(x.statements.find((st) => st.text.startsWith('More than'))?.speaker).toBe('Volodymyr Zelensky');
  });
  it('gives \'a clause with a quote inside, "…," he said\' to the subject of the sentence before, not a possessor in it', () => {
    const x = run(
      'Turkish Vice President Cevdet Yilmaz attended on behalf of President Recep Tayyip Erdogan. Yilmaz conveyed Erdogan\'s greetings to the leaders. Ankara was ready to join the format "if our brothers agree," he said.',
    );
    expect(x.statements.find((st) => st.text.startsWith('Ankara was'))?.speaker).toBe('Cevdet Yilmaz');
  });
  it('reads the subject after a lead-in ("At a press conference with Albusaidi, Hussein rejected…; “…,” he said")', () => {
    const x = run(
      'Omani Foreign Minister Badr Albusaidi arrived. At a joint press conference with Albusaidi after the talks, Iraqi Foreign Minister Fuad Hussein rejected the suggestion. "Iraq is not a mediator looking for a role," he said.',
    );
    expect(x.statements.find((st) => st.text.startsWith('Iraq is not'))?.speaker).toBe('Fuad Hussein');
  });
  it('gives "…, she had spoken with X, her office said" to whom "she" is, not to X', () => {
    const x = run(
      'Zeljka Cvijanovic said she had told the commissioner that Republika Srpska was defending the agreement. Before the meeting, she had spoken by telephone with Serbian President Aleksandar Vucic, her office said.',
    );
    expect(x.statements.find((st) => st.text.startsWith('Before the meeting'))?.speaker).toBe('Zeljka Cvijanovic');
  });
  it('reads "He added that…" after "X wrote on X." as X\'s words (the platform is no initial)', () => {
    const x = run(
      '"Both sides are committed to peace," Zabihullah Mujahid wrote on X. He added that the two countries would refrain from attacks.',
    );
    expect(said(x)).toContain('Zabihullah Mujahid: the two countries would refrain from attacks');
  });
});

describe('statements: quotes with long attributions', () => {
  it("gives '“…,” X, Qatar's prime minister and foreign minister, told the Financial Times' to X, via the paper", () => {
    const x = run(
      '"We do not compete with anyone. We go where we are asked," Sheikh Mohammed bin Abdulrahman Al Thani, Qatar\'s prime minister and foreign minister, told the Financial Times in an interview last week.',
    );
    expect(x.statements.map((st) => [st.speaker, st.via])).toEqual([
      ['Mohammed bin Abdulrahman Al Thani', 'Financial Times'],
    ]);
  });
  it('goes on after "he wrote on X." with the next quote', () => {
    const x = run(
      'Anwar Gargash said the approach was modest. "We are not looking for the podium," he wrote on X. "A soldier going home is worth more than any conference."',
    );
    expect(said(x)).toContain(
      'Anwar Gargash: We are not looking for the podium. A soldier going home is worth more than any conference',
    );
  });
});

describe('statements: "the statement reads"', () => {
  it('gives a quote closed by "the statement reads" to who issued the statement', () => {
    const x = run(
      'The Armenian Foreign Ministry issued a statement after the meeting. "The sides reaffirmed their commitment to continue the process without preconditions," the statement reads.',
    );
    expect(said(x)).toContain(
      'Armenian Foreign Ministry: The sides reaffirmed their commitment to continue the process without preconditions',
    );
  });
});

describe('statements: a quoted phrase inside the reported clause', () => {
  it('takes the whole clause when a quoted phrase opens it ("stressed that “X” among the blocs remained…")', () => {
    const x = run(
      'For his part, Nabih Berri stressed that “dialogue or consultations” among the parliamentary blocs remained the shortest road to electing a president.',
    );
    expect(said(x)).toContain(
      'Nabih Berri: dialogue or consultations among the parliamentary blocs remained the shortest road to electing a president',
    );
  });
  it("keeps a quoted clause of its own as the statement ('said “no progress was made” on the dam')", () => {
    const x = run(
      'Egyptian Foreign Minister Sameh Shoukry said “no progress was made at the end of this round” on the dam.',
    );
    expect(said(x)).toContain('Sameh Shoukry: no progress was made at the end of this round');
  });
  it('ends the words before a repeated attribution with where it was said (", his media office said in a statement")', () => {
    const x = run(
      'Nabih Berri stressed that dialogue among the blocs remained the shortest road to a president, his media office said in a statement.',
    );
    expect(said(x)).toContain('Nabih Berri: dialogue among the blocs remained the shortest road to a president');
  });
});

describe('statements: a closing reporting tail reports all before it', () => {
  it('"A discussed the plan with B, and the two stressed “…”, the ministry said": one statement, the ministry\'s', () => {
    const x = run(
      'Egyptian Foreign Minister Badr Abdelatty discussed the plan with his Saudi counterpart in Cairo on Monday, and the two ministers stressed “the unity of Sudan,” the Egyptian Foreign Ministry said.',
    );
    expect(x.statements.map((s) => s.speaker)).toEqual(['Egyptian Foreign Ministry']);
    expect(x.statements[0]?.text).toContain('discussed the plan');
  });
});

describe('statements: a quote, then a speaker with a long relative clause', () => {
  it('"“…,” Wang, who is also a member of the Political Bureau of …, told the ministers": the quote is Wang\'s', () => {
    const x = run(
      'Chinese Foreign Minister Wang Yi hosted the ministers. “We stand with peace and with both our neighbours,” Wang, who is also a member of the Political Bureau of the Communist Party of China Central Committee, told the two ministers at the start of the meeting.',
    );
    expect(x.statements.find((s) => s.text.startsWith('We stand'))?.speaker).toBe('Wang Yi');
  });
});

describe('statements: an attribution set inside the clause it reports', () => {
  it('"He would not, he added, take part in open-ended talks": one statement, both halves', () => {
    const x = run(
      'Turkish Cypriot leader Tufan Erhurman said the talks were useful. He would not, he added, take part in open-ended talks for the sake of talks.',
    );
    expect(said(x)).toContain('Tufan Erhurman: He would not take part in open-ended talks for the sake of talks');
  });
});

describe('statements: "…, he added" after words that name someone else', () => {
  it('"Ms. Aasland is expected to return to Riyadh, he added" is the spokesman\'s, not Aasland\'s', () => {
    const x = run(
      'Spokesman Stephane Dujarric said the envoy Karin Aasland had met the Saudi minister in Riyadh. Ms. Aasland is expected to return to Riyadh on Thursday, he added.',
    );
    expect(x.statements.find((s) => s.text.startsWith('Ms. Aasland'))?.speaker).toBe('Stephane Dujarric');
  });
});
