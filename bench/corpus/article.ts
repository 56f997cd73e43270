import {
  personName,
  type Country,
  type Organization,
  type Outlet,
  type Party,
  type Person,
  type Population,
} from './population.js';
import { chance, int, pick, rngFor, type Rng } from './random.js';
import { EXTRA_CITIES, MONTHS, SUBJECTS, WEEKDAYS } from './words.js';

/** One generated article: its file text in the wire layout and its publication date. */
export interface GeneratedArticle {
  index: number;
  publishedAt: string;
  text: string;
}

const YEAR_START = Date.UTC(2023, 0, 1);
const DAY_MS = 86_400_000;

/** The cast and setting of one article: two parties, a mediator, speakers, a city, an outlet. */
interface Story {
  rng: Rng;
  date: Date;
  partyA: Party;
  partyB: Party;
  mediator: Party;
  speakers: Person[];
  city: string;
  otherCity: string;
  subject: string;
  outlet: Outlet;
  /** Outlets quoted in the body. */
  quoted: Outlet[];
  /** This outlet's transliteration: some write every surname in its variant spelling. */
  variantSpelling: boolean;
}

/**
 * Writes article `index` of a corpus. Each article draws from its own random stream
 * (seed, index), so any article can be produced alone and the corpus is the same in any order.
 */
export function generateArticle(population: Population, seed: number, index: number): GeneratedArticle {
  const rng = rngFor(seed, 'article', index);
  const story = castStory(population, rng);
  const writer = new ArticleWriter(story);
  const body = writer.body();
  const publishedAt = isoDate(story.date);
  const title = writer.title();
  const keywords = writer.keywords();
  const dateline = writer.dateline();
  const credit = story.outlet.credit;
  const creditInDateline = dateline.includes(`(${credit})`);
  const paragraphs = body.map((p, i) => (i === 0 ? `${dateline}${p}` : p));
  if (!creditInDateline) paragraphs[paragraphs.length - 1] += ` (${credit})`;
  if (chance(rng, 0.1)) paragraphs[paragraphs.length - 1] += ` (Photo: ${pick(rng, population.outlets).credit})`;
  const text = [keywords.join(', '), '', title, '', paragraphs.join('\n\n'), ''].join('\n');
  return { index, publishedAt, text };
}

function castStory(population: Population, rng: Rng): Story {
  const { countries, organizations, persons, outlets, zipf } = population;
  const anyParty = (): Party =>
    chance(rng, 0.6) ? organizations[zipf.organizations.sample(rng)]! : countries[zipf.countries.sample(rng)]!;
  const partyA = anyParty();
  let partyB = anyParty();
  for (let i = 0; i < 10 && partyB === partyA; i++) partyB = anyParty();
  let mediator: Party = chance(rng, 0.75)
    ? countries[zipf.countries.sample(rng)]!
    : organizations[zipf.organizations.sample(rng)]!;
  for (let i = 0; i < 10 && (mediator === partyA || mediator === partyB); i++)
    mediator = countries[zipf.countries.sample(rng)]!;

  const speakers: Person[] = [];
  const addSpeaker = (p: Person | undefined) => p && !speakers.includes(p) && speakers.push(p);
  for (const side of [partyA, partyB, mediator]) {
    if (side.members.length && chance(rng, 0.75))
      addSpeaker(side.members[Math.min(side.members.length - 1, Math.floor(rng() * rng() * side.members.length))]);
  }
  const extra = int(rng, 1, 3);
  for (let i = 0; i < extra || speakers.length < 2; i++) addSpeaker(persons[zipf.persons.sample(rng)]);

  const date = new Date(YEAR_START + int(rng, 0, 364) * DAY_MS);
  const cityOf = (p: Party) => (p.kind === 'COUNTRY' ? p.capital : p.base.capital);
  const city = chance(rng, 0.6)
    ? cityOf(mediator)
    : chance(rng, 0.5)
      ? pick(rng, EXTRA_CITIES)
      : cityOf(pick(rng, [partyA, partyB]));
  let otherCity = pick(rng, [...EXTRA_CITIES, cityOf(partyA), cityOf(partyB)]);
  if (otherCity === city)
    otherCity =
      cityOf(mediator) === city
        ? pick(
            rng,
            EXTRA_CITIES.filter((c) => c !== city),
          )
        : cityOf(mediator);
  const outlet = outlets[zipf.outlets.sample(rng)]!;
  const quoted = [outlets[zipf.outlets.sample(rng)]!, outlets[zipf.outlets.sample(rng)]!];
  return {
    rng,
    date,
    partyA,
    partyB,
    mediator,
    speakers,
    city,
    otherCity,
    subject: pick(rng, SUBJECTS),
    outlet,
    quoted,
    variantSpelling: chance(rng, 0.2),
  };
}

type Sentence = (w: ArticleWriter) => string;

/** Direct quotes: the words only, without quote marks or final stop. */
const QUOTES: ((w: ArticleWriter, n: number) => string)[] = [
  (w) => `We are ready to resume the negotiations on the ${w.s.subject} without preconditions`,
  (w) => `The ${w.s.subject} must be respected by all sides, starting today`,
  (w) => `Our delegation will travel to ${w.s.city} with a clear mandate`,
  (w, n) =>
    `There will be no ${w.s.subject} while the other side keeps shelling our positions, as it did ${n} times this week`,
  (w) => `We are getting closer to concluding a ${w.s.subject}, but several points remain open`,
  (_, n) => `${n} detainees could be released in the first phase of the agreement`,
  (_, n) => `Nobody gains anything from prolonging this war for another ${n} days`,
  (w) => `We thank the mediators for their efforts and their patience in ${w.s.city}`,
  (w) => `The proposal that we received on the ${w.s.subject} is a serious basis for discussion`,
  (_, n) => `The other side has not answered our proposal after ${n} days`,
  (w) => `A ${w.s.subject} without guarantees would not last a week`,
  (_, n) => `We have presented ${n} amendments, and we expect an answer soon`,
  (w) => `The people of ${w.s.otherCity} want peace, not more promises`,
  (_, n) => `At least ${n} trucks of aid must be allowed in every day`,
];

const TAILS = [
  '',
  ' as soon as possible',
  ' in the coming days',
  ' before the end of the month',
  ' despite the pressure',
  ' and we have said so to the mediators',
];

/** Reported clauses after "said that": may name the parties. */
const CLAUSES: ((w: ArticleWriter, n: number) => string)[] = [
  (w) => `${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} were close to reaching a ${w.s.subject}`,
  (w) => `the talks in ${w.s.city} had made progress on the ${w.s.subject}`,
  (w, n) => `${w.ref(w.s.partyA)} would release ${n} detainees if the ${w.s.subject} held`,
  (w, n) => `the ${w.s.subject} could be signed within ${n} days`,
  (w) => `there would be no ${w.s.subject} without international guarantees`,
  (w) => `the delegation had left ${w.s.otherCity} without an agreement`,
  (w) => `the mediators had received the response of ${w.ref(w.s.partyB)}`,
  (w, n) => `${w.ref(w.s.partyB)} had violated the ${w.s.subject} at least ${n} times`,
  (_w, n) => `a first group of ${n} prisoners would be exchanged next week`,
  (w) => `the next round would focus on humanitarian access and the ${w.s.subject}`,
];

const DIRECT: Sentence[] = [
  (w) => `“${w.quote()},” said ${w.ref(w.speaker())}.`,
  (w) => `“${w.quote()},” ${w.ref(w.speaker())} told ${w.outletRef()}.`,
  (w) => `“${w.quote()},” ${w.ref(w.speaker())} declared on ${w.pastWeekday()}.`,
  (w) => `${w.ref(w.speaker())} said: “${w.quote()}.”`,
  (w) => `“${w.quote()},” ${w.ref(w.speaker())} stressed in a statement.`,
];

const REPORTED: Sentence[] = [
  (w) => `${w.ref(w.speaker())} said on ${w.pastWeekday()} that ${w.clause()}.`,
  (w) => `${w.ref(w.speaker())} told ${w.outletRef()} that ${w.clause()}.`,
  (w) => `According to ${w.ref(w.speaker())}, ${w.clause()}.`,
  (w) => `${w.outletRef()} quoted ${w.ref(w.speaker())} as saying that ${w.clause()}.`,
  (w) => `${w.ref(w.speaker())} warned that ${w.clause()}.`,
  (w) => `${w.appositive(w.speaker())} announced that ${w.clause()}.`,
  (w) => `The ${w.ministryOf()} Foreign Ministry reported that ${w.clause()}.`,
];

const MEDIATIONS: Sentence[] = [
  (w) =>
    `${w.ref(w.s.mediator)}, which is acting as a mediator between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)}, is expected to reveal details of the ${w.s.subject} in the coming hours.`,
  (w) =>
    `The talks between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} on the ${w.s.subject} are being brokered by ${w.ref(w.s.mediator)}.`,
  (w) => `${w.ref(w.s.mediator)} has offered to mediate between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)}.`,
  (w) =>
    `Talks brokered by ${w.ref(w.s.mediator)} between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} resumed in ${w.s.city} on ${w.pastWeekday()}.`,
  (w) =>
    `${w.ref(w.s.mediator)}, acting as a mediator between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)}, conveyed a new proposal on the ${w.s.subject}.`,
];

const MEETINGS: Sentence[] = [
  (w) =>
    `Delegations of ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} will hold talks in ${w.s.city} on ${w.futureDay()}.`,
  (w) =>
    `${w.ref(w.speaker())} met ${w.ref(w.otherSpeaker())} in ${w.s.city} on ${w.pastWeekday()} to discuss the ${w.s.subject}.`,
  (w) =>
    `${w.ref(w.speaker())} will travel to ${w.s.otherCity} on ${w.futureDay()} for talks with ${w.ref(w.otherSpeaker())}.`,
  (w) =>
    `A new round of talks between ${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} is scheduled to take place in ${w.s.city} on ${w.futureDay()}.`,
  (w) =>
    `${w.ref(w.s.partyA)} and ${w.ref(w.s.partyB)} met in ${w.s.otherCity} on ${w.pastWeekday()}, the first such meeting in months.`,
  (w) => `In addition, ${w.ref(w.s.mediator)} plans to hold meetings in ${w.s.city} and ${w.s.otherCity}.`,
];

const BACKGROUND: Sentence[] = [
  (w) =>
    `Fighting continued overnight in several border areas, where at least ${w.n()} people were killed, local sources said.`,
  () => `Humanitarian agencies have repeatedly called for safe corridors for civilians.`,
  (w) => `The previous round of negotiations ended in ${pick(w.s.rng, MONTHS)} without an agreement.`,
  (w) => `More than ${w.n() * 100} people have been displaced since the beginning of the year.`,
  () => `Observers expect the coming days to be decisive for the process.`,
];

/**
 * Writes the parts of one article, tracking which actors were already named: the first mention
 * gives the full name with title or affiliation, later ones the surname or the acronym.
 */
class ArticleWriter {
  private readonly named = new Set<unknown>();
  private readonly acronymShown = new Set<Organization>();

  constructor(readonly s: Story) {}

  body(): string[] {
    const { rng } = this.s;
    const paragraphs: string[] = [];
    const lead: string[] = [this.one(REPORTED)];
    const hasMediation = chance(rng, 0.65);
    const hasMeeting = chance(rng, 0.75);
    if (hasMediation) lead.push(this.one(MEDIATIONS));
    else if (hasMeeting) lead.push(this.one(MEETINGS));
    paragraphs.push(lead.join(' '));
    const count = int(rng, 4, 8);
    let meetingDone = !hasMeeting || !hasMediation;
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      const n = int(rng, 1, 3);
      for (let k = 0; k < n; k++) {
        if (!meetingDone) {
          sentences.push(this.one(MEETINGS));
          meetingDone = true;
          continue;
        }
        const r = rng();
        const pool = r < 0.35 ? DIRECT : r < 0.65 ? REPORTED : r < 0.75 ? MEDIATIONS : r < 0.88 ? MEETINGS : BACKGROUND;
        sentences.push(this.one(pool));
      }
      paragraphs.push(sentences.join(' '));
    }
    return paragraphs;
  }

  title(): string {
    const { rng, partyA, partyB, mediator, subject, city } = this.s;
    const short = (p: Party) => (p.kind === 'ORGANIZATION' && p.acronym && chance(rng, 0.5) ? p.acronym : p.name);
    const speaker = this.s.speakers[0]!;
    const forms = [
      () => `Proximity of a ${subject} between ${short(partyA)} and ${short(partyB)}`,
      () => `${short(mediator)} to host talks between ${short(partyA)} and ${short(partyB)} in ${city}`,
      () => `${short(partyA)} ready to resume negotiations, says ${speaker.surname}`,
      () => `${short(partyA)} and ${short(partyB)} close to ${subject} deal`,
      () => `New round of talks on ${subject} opens in ${city}`,
      () => `${speaker.surname} sees progress in talks with ${short(partyB)}`,
    ];
    return pick(rng, forms)();
  }

  keywords(): string[] {
    const { rng, partyA, partyB, mediator, subject, city } = this.s;
    const words = [partyA.name, partyB.name, subject, 'talks'];
    if (chance(rng, 0.5)) words.push(mediator.name);
    if (chance(rng, 0.5)) words.push(city);
    return words;
  }

  dateline(): string {
    const { rng, city, date, outlet } = this.s;
    const month = MONTHS[date.getUTCMonth()]!;
    const day = date.getUTCDate();
    const style = rng();
    if (style < 0.55) return `${city}, ${month.slice(0, 3)} ${day}.- `;
    if (style < 0.8) return `${city.toUpperCase()} (${outlet.credit}) - `;
    return `${city.toUpperCase()}, ${month} ${day} (${outlet.credit}) -- `;
  }

  one(pool: Sentence[]): string {
    return capitalize(pick(this.s.rng, pool)(this));
  }

  private lastSpeaker: Person | null = null;

  speaker(): Person {
    this.lastSpeaker = pick(this.s.rng, this.s.speakers);
    return this.lastSpeaker;
  }

  /** A speaker other than the one just named (the cast always has two or more). */
  otherSpeaker(): Person {
    const others = this.s.speakers.filter((p) => p !== this.lastSpeaker);
    return pick(this.s.rng, others.length ? others : this.s.speakers);
  }

  n(): number {
    return int(this.s.rng, 2, 400);
  }

  quote(): string {
    const { rng } = this.s;
    const quote = pick(rng, QUOTES)(this, this.n());
    // a closing phrase only where the quote does not end on a number or a place
    return /\d|this week|months$/.test(quote) || quote.endsWith(this.s.city) ? quote : quote + pick(rng, TAILS);
  }

  clause(): string {
    return pick(this.s.rng, CLAUSES)(this, this.n());
  }

  /** The adjective of a country in the story, for "the Qatari Foreign Ministry". */
  ministryOf(): string {
    const { mediator, partyA, partyB } = this.s;
    const country = [mediator, partyA, partyB].find((p): p is Country => p.kind === 'COUNTRY');
    return (country ?? (partyA as Organization).base).adjective;
  }

  outletRef(): string {
    return pick(this.s.rng, this.s.quoted).name;
  }

  /** "Amir Karelov, the spokesman of the Popular Liberation Front," at first mention; else the short form. */
  appositive(p: Person): string {
    if (this.named.has(p)) return this.ref(p);
    this.named.add(p);
    const of = p.affiliation.kind === 'COUNTRY' ? p.affiliation.name : `the ${p.affiliation.name}`;
    if (p.affiliation.kind === 'ORGANIZATION') this.named.add(p.affiliation);
    return `${this.full(p)}, ${p.role.toLowerCase()} of ${of},`;
  }

  ref(actor: Person | Party): string {
    const first = !this.named.has(actor);
    this.named.add(actor);
    switch (actor.kind) {
      case 'PERSON': {
        if (!first) return this.surname(actor);
        const owner = actor.affiliation;
        const ownerFirst = !this.named.has(owner);
        this.named.add(owner);
        if (owner.kind === 'COUNTRY') return `${owner.adjective} ${actor.role} ${this.full(actor)}`;
        return `${this.orgName(owner, ownerFirst)} ${actor.role} ${this.full(actor)}`;
      }
      case 'ORGANIZATION':
        return this.orgName(actor, first);
      case 'COUNTRY':
        return actor.name;
    }
  }

  private orgName(org: Organization, first: boolean): string {
    if (first) {
      if (org.acronym && chance(this.s.rng, 0.5)) {
        this.acronymShown.add(org);
        return `the ${org.name} (${org.acronym})`;
      }
      return `the ${org.name}`;
    }
    return this.acronymShown.has(org) ? `the ${org.acronym}` : `the ${org.name}`;
  }

  private full(p: Person): string {
    return personName(p, this.s.variantSpelling);
  }

  private surname(p: Person): string {
    return this.s.variantSpelling && p.variant ? p.variant : p.surname;
  }

  pastWeekday(): string {
    const back = int(this.s.rng, 1, 6);
    return WEEKDAYS[(this.s.date.getUTCDay() + 7 - back) % 7]!;
  }

  futureDay(): string {
    const ahead = new Date(this.s.date.getTime() + int(this.s.rng, 1, 20) * DAY_MS);
    return `${MONTHS[ahead.getUTCMonth()]} ${ahead.getUTCDate()}`;
  }
}

function capitalize(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
