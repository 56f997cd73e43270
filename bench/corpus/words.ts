/**
 * Word material for the synthetic population and sentences, written for this generator.
 * Countries are real states (name, adjective, capital) so that datelines and places read like
 * wire copy; every person, organization and outlet is invented from the parts below.
 */
export interface CountryFacts {
  name: string;
  adjective: string;
  capital: string;
}

export const COUNTRIES: readonly CountryFacts[] = [
  ['Qatar', 'Qatari', 'Doha'],
  ['Egypt', 'Egyptian', 'Cairo'],
  ['Turkey', 'Turkish', 'Ankara'],
  ['Russia', 'Russian', 'Moscow'],
  ['China', 'Chinese', 'Beijing'],
  ['France', 'French', 'Paris'],
  ['Germany', 'German', 'Berlin'],
  ['Norway', 'Norwegian', 'Oslo'],
  ['Switzerland', 'Swiss', 'Bern'],
  ['Oman', 'Omani', 'Muscat'],
  ['Kenya', 'Kenyan', 'Nairobi'],
  ['Ethiopia', 'Ethiopian', 'Addis Ababa'],
  ['Sudan', 'Sudanese', 'Khartoum'],
  ['Nigeria', 'Nigerian', 'Abuja'],
  ['Ghana', 'Ghanaian', 'Accra'],
  ['Brazil', 'Brazilian', 'Brasilia'],
  ['Colombia', 'Colombian', 'Bogota'],
  ['Venezuela', 'Venezuelan', 'Caracas'],
  ['Cuba', 'Cuban', 'Havana'],
  ['Mexico', 'Mexican', 'Mexico City'],
  ['Argentina', 'Argentine', 'Buenos Aires'],
  ['Chile', 'Chilean', 'Santiago'],
  ['Peru', 'Peruvian', 'Lima'],
  ['India', 'Indian', 'New Delhi'],
  ['Pakistan', 'Pakistani', 'Islamabad'],
  ['Indonesia', 'Indonesian', 'Jakarta'],
  ['Malaysia', 'Malaysian', 'Kuala Lumpur'],
  ['Japan', 'Japanese', 'Tokyo'],
  ['Iran', 'Iranian', 'Tehran'],
  ['Iraq', 'Iraqi', 'Baghdad'],
  ['Syria', 'Syrian', 'Damascus'],
  ['Lebanon', 'Lebanese', 'Beirut'],
  ['Israel', 'Israeli', 'Jerusalem'],
  ['Yemen', 'Yemeni', 'Sanaa'],
  ['Libya', 'Libyan', 'Tripoli'],
  ['Algeria', 'Algerian', 'Algiers'],
  ['Morocco', 'Moroccan', 'Rabat'],
  ['Tunisia', 'Tunisian', 'Tunis'],
  ['Somalia', 'Somali', 'Mogadishu'],
  ['Uganda', 'Ugandan', 'Kampala'],
  ['Rwanda', 'Rwandan', 'Kigali'],
  ['Angola', 'Angolan', 'Luanda'],
  ['Senegal', 'Senegalese', 'Dakar'],
  ['Mali', 'Malian', 'Bamako'],
  ['Armenia', 'Armenian', 'Yerevan'],
  ['Azerbaijan', 'Azerbaijani', 'Baku'],
  ['Georgia', 'Georgian', 'Tbilisi'],
  ['Ukraine', 'Ukrainian', 'Kyiv'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Serbia', 'Serbian', 'Belgrade'],
  ['Sweden', 'Swedish', 'Stockholm'],
  ['Finland', 'Finnish', 'Helsinki'],
  ['Spain', 'Spanish', 'Madrid'],
  ['Italy', 'Italian', 'Rome'],
  ['Austria', 'Austrian', 'Vienna'],
  ['Canada', 'Canadian', 'Ottawa'],
  ['Jordan', 'Jordanian', 'Amman'],
  ['Kuwait', 'Kuwaiti', 'Kuwait City'],
  ['Bahrain', 'Bahraini', 'Manama'],
  ['Tanzania', 'Tanzanian', 'Dodoma'],
].map(([name, adjective, capital]) => ({ name: name!, adjective: adjective!, capital: capital! }));

/** Given names from many languages; combined with invented surnames. */
export const GIVEN_NAMES: readonly string[] = (
  'Amir Layla Omar Samira Yusuf Nadia Karim Farida Tariq Hana Idris Rania Malik Zainab Ivan Olga Dmitri Irina Pavel Marta ' +
  'Tomas Elena Andrei Nina Jean Claire Luc Amelie Pierre Sofia Mateo Lucia Diego Camila Rafael Ines Kwame Ama Kofi Abena ' +
  'Tesfaye Meron Abebe Selam Juma Amina Wei Lin Jun Hiroshi Yuki Arjun Priya Ravi Anika Erik Ingrid Lars Freya Mehmet ' +
  'Ayse Emre Zeynep Reza Shirin Dariush Parisa Valeria Joao Beatriz Kenji Hamid Leila Bashir Aisha Musa Fatou Ousmane ' +
  'Nikolai Vera Stefan Ana Bogdan Milena Hassan Salma Khalid Noura Ali Mariam Ibrahim Yasmin Adel Dina Walid Rasha Tarek Lina'
).split(' ');

/** Surname parts: onset, middle, ending. "Ka" + "rel" + "ov" → "Karelov". */
export const SURNAME_ONSETS: readonly string[] =
  'Ka Ma Ta Ra Sa Na Vo Be Da Lo Mi Ze Ha Ko Du Fe Gu Pe Ye Zu Bo Ni So Al Ar Ya Ti Mo Vi Ba Ke Ro'.split(' ');
export const SURNAME_MIDDLES: readonly string[] =
  'rel lev sko mir dov bek nta ruz han lor yev rez mba lar tsu vic ndo qar mon bar sen kar dan gal sul mar tan wen lim'.split(
    ' ',
  );
export const SURNAME_ENDINGS: readonly string[] = [
  '',
  'ov',
  'ani',
  'ez',
  'i',
  'a',
  'enko',
  'ya',
  'ouni',
  'ssi',
  'ek',
  'o',
];

/** Transliteration variants: the first rule that applies gives the other spelling. */
export const VARIANT_RULES: readonly [RegExp, string][] = [
  [/ov$/, 'off'],
  [/ya$/, 'yeh'],
  [/ani$/, 'any'],
  [/ouni$/, 'uni'],
  [/ssi$/, 'si'],
  [/ez$/, 'es'],
  [/enko$/, 'enco'],
  [/ek$/, 'eck'],
  [/k/, 'q'],
  [/i$/, 'y'],
  [/a$/, 'ah'],
  [/o$/, 'ou'],
  [/v/, 'w'],
  [/$/, 'e'],
];

/** Organization names: "<Prefix> <Core> <Head>", e.g. Popular Liberation Front. */
export const ORG_PREFIXES: readonly string[] =
  'Popular United Democratic Revolutionary Patriotic Federal Independent Free Coastal Highland Republican Progressive Civic Sovereign Liberal Unified Provisional Transitional'.split(
    ' ',
  );
export const ORG_CORES: readonly string[] =
  'Liberation Resistance Salvation Unity Renewal Progress Reform Peace Justice Solidarity Sovereignty Reconciliation Development Dignity Freedom Restoration Defense Change Hope Accord'.split(
    ' ',
  );
export const ORG_HEADS: readonly string[] =
  'Front Movement Council Alliance Party Union Army Forces Brigades Coalition Committee League Assembly Authority'.split(
    ' ',
  );

/** Outlets: "<Stem> News Agency", "<Stem> Television", "Radio <Stem>"... */
export const OUTLET_STEMS: readonly string[] = (
  'Meridian Corvex Altair Nordline Sahel Delta Orion Kestrel Harbor Zenith Caspian Atlas Horizon Pioneer Beacon Summit Lattice Vector Coral Granite ' +
  'Falcon Aurora Crescent Prairie Lantern Compass Cobalt Juniper Sable Tempest Solace Vantage Quarry Willow Ember Fjord Pinnacle Mistral Sirocco Monsoon'
).split(' ');
export const OUTLET_FORMS: readonly ((stem: string) => string)[] = [
  (s) => `${s} News Agency`,
  (s) => `${s} Television`,
  (s) => `${s} Radio`,
  (s) => `${s} Daily`,
  (s) => `${s} News`,
  (s) => `${s} Post`,
];

/** Cities for meetings beyond the capitals. */
export const EXTRA_CITIES: readonly string[] = [
  'Geneva',
  'Istanbul',
  'Jeddah',
  'Dubai',
  'Sochi',
  'Mombasa',
  'Antalya',
  'Vienna',
  'Oslo',
  'Doha',
];

export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** What is negotiated. */
export const SUBJECTS: readonly string[] = [
  'truce',
  'ceasefire agreement',
  'prisoner exchange',
  'peace agreement',
  'humanitarian pause',
  'release of hostages',
  'cessation of hostilities',
  'political settlement',
  'exchange of detainees',
  'humanitarian access',
  'disarmament',
  'power-sharing',
];

/** Roles of persons, by what they belong to. */
export const ORG_ROLES: readonly string[] = [
  'spokesman',
  'leader',
  'chief negotiator',
  'commander',
  'deputy leader',
  'spokeswoman',
  'envoy',
];
export const COUNTRY_ROLES: readonly string[] = [
  'Foreign Minister',
  'President',
  'Prime Minister',
  'Defense Minister',
  'special envoy',
  'ambassador',
  'National Security Adviser',
];
