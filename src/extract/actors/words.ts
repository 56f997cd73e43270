/** Closed word classes used by the actor chunker (grammar, not world knowledge). */

/** Capitalised words that start sentences or headings but never begin a name. */
export const CAP_STOP = new Set(
  (
    'The A An In On At After Before But And Or It He She They We I You This That These Those His Her Their Our Its My Since While When ' +
    'Meanwhile Separately Finally However Also According Following Amid During For From With Without Late Early Ultimately Addition ' +
    'Numerous Several Both Other Experts Videos Talks Negotiators Private Today Yesterday Tomorrow Tonight Last Next This Such As If ' +
    'Neither Either Nor Like Although Though Because Once Then There Here Where What Who Whom Whose Which Why How Some Many Most All Any Each Every No Not Yet Still ' +
    'Earlier Later Instead Moreover Furthermore Nevertheless Thus Therefore Already Despite Under Over About Between Among Against Into Through ' +
    'Ahead Hours Days Weeks Months Years Sources Officials Mr Mrs Ms Dr Read More Full Share By To Of Up Out Off Down New Many ' +
    'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Wed Thu Fri Sat Sun UTC GMT AM PM TV OK CEO Time Expected Update Breaking ' +
    'God Allah Western Eastern Northern Southern Central Islamic Arab Gulf Presidential Political Military Humanitarian Global International National Supreme Senior Chief Special'
  ).split(' '),
);

/** Weekday and month names: never part of a name. */
export const DATE_WORDS = new Set(
  (
    'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'
  ).split(' '),
);

/** Stop words that may still start an organization or outlet name ("National News Agency", "Supreme Council"). */
export const ORG_ADJ_STOP = new Set(
  'National International Supreme Islamic Arab Gulf Presidential Political Military Humanitarian Global Central Western Eastern Northern Southern'.split(
    ' ',
  ),
);

/** First words of a capitalised phrase that name a region or thing, not a person ("South Caucasus", "Upper Nile"). */
export const NON_PERSON_LEADS = new Set(
  'North South East West Northern Southern Eastern Western Upper Lower Greater Central Grand Old Great Holy Mount Lake Port Cape Gulf Far Near Middle'.split(
    ' ',
  ),
);

/** Words that may sit inside a name between capitalised words. */
export const CONNECTORS = new Set([
  'of',
  'the',
  'for',
  'on',
  'and',
  'de',
  'del',
  'della',
  'di',
  'la',
  'las',
  'los',
  'le',
  'du',
  'des',
  'da',
  'dos',
  'das',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'bint',
  'ibn',
  'bin',
  'al',
  'el',
  'y',
  'e',
  '&',
]);

/** Connectors allowed only inside person names. */
export const NAME_PARTICLES = new Set([
  'bin',
  'bint',
  'ibn',
  'al',
  'el',
  'de',
  'del',
  'da',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'le',
  'la',
  'du',
  'y',
]);

/** Head words that make a chunk an organization. */
export const ORG_HEADS = new Set(
  (
    'Ministry Council Union Commission Committee Forces Force Army Front Movement Group Party Organization Organisation Office Agency Authority ' +
    'League Panel Conference Assembly Parliament Cabinet Court Bank Fund Programme Program Brigades Brigade Corps Coalition Alliance Institute ' +
    'Center Centre Federation Association Foundation Secretariat Government Directorate Service Services Intelligence Police Guard Guards Navy ' +
    'Platform Bloc House Chamber Community Militia Rebels Bureau Politburo Presidency Senate Congress Mission Delegation Administration Department Division Battalion Regiment ' +
    'Fleet Network Society Church Conference Episcopal Board Tribunal Legislature Junta Command Cell Faction Jihad Organisation Company Corporation Inc Ltd Group'
  ).split(' '),
);

/** Head words that make a chunk an outlet. */
export const MEDIA_HEADS = new Set(
  'News Television TV Radio Times Post Press Daily Channel Broadcasting Broadcaster Gazette Journal Herald Tribune Monitor Chronicle Telegraph Observer Review Weekly Magazine Online Wire'.split(
    ' ',
  ),
);

/** Lower-case nouns before an outlet's name ("state broadcaster RTS", "the daily Haaretz"). */
export const MEDIA_NOUNS = new Set(
  'broadcaster newspaper daily weekly tabloid outlet channel television broadcasters newspapers website agency'.split(
    ' ',
  ),
);

/** Head words of names that are never actors (documents, places, events). */
export const NON_ACTOR_HEADS = new Set(
  (
    'Declaration Initiative Agenda Strip Crossing Hotel Airport Street Road Square River Sea Ocean Mountains Mountain Valley Region Province ' +
    'War Day Talks Agreement Accord Accords Plan Treaty Process Deal Summit Conference Resolution Charter Protocol Framework Roadmap Road-map ' +
    'City Town Village Theater Theatre Museum Bridge Port Palace Building Tower Hall Stadium Hospital University Prison Camp Border Corridor Canal Gulf Bay Island Islands Peninsula Desert ' +
    'Lake Mount Park Zone District County Governorate State Territory Territories Highway Avenue Boulevard Base Field Prize Award Cup Games Act Law Bill ' +
    'Dam Dams Pipeline Plant Station Reactor Refinery Terminal Mine Railway Railroad Line Route Tunnel Harbour Harbor Airbase Checkpoint Gate Wall Barrier ' +
    'Order Doctrine Strategy Vision Year Week Month Ceasefire Truce Guns Silencing Revolution Spring Offensive Operation Storm Shield Flood'
  ).split(' '),
);

/** Title words (capitalised in "Foreign Minister Qin Gang"); never part of a person's name. */
export const TITLE_WORDS = new Set(
  (
    'President Vice Prime Minister Ministers Foreign Defense Defence Interior Finance Justice Information State Secretary Secretary-General General Councilor Councillor ' +
    'Cabinet Affairs Security National Advisor Adviser Senior Chief Special Envoy Representative Ambassador Spokesman Spokeswoman Spokesperson Leader ' +
    'Head Deputy Director Commander Gen Gen. Lt Lt. Col Col. Colonel Major Maj Brigadier Lieutenant Admiral Marshal Field King Queen Crown Prince Princess Emir Amir Sheikh Sheik ' +
    'Sultan Monsignor Msgr Cardinal Pope Bishop Archbishop Ayatollah Imam Senator Sen Sen. Rep Rep. Governor Mayor Chairman Chairwoman Chair Speaker Premier Chancellor ' +
    'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Sir Dame Professor Prof Judge Justice Father Rabbi Negotiator Mediator Coordinator Commissioner High Under-Secretary-General Secretary-general ' +
    'Official Member Minister-President Attorney Army Military Staff Aid Humanitarian Relief Top Executive Acting Former Late Elect President-elect Supreme Councillor For And To Of The'
  ).split(' '),
);

/** Nouns after a country adjective that make the country an actor ("Qatari mediators"). */
export const ACTOR_NOUNS = new Set(
  (
    'government authorities administration mediators mediator mediation delegation delegations officials official president prime minister ' +
    'minister foreign envoy envoys side sides forces troops army military leader leaders leadership negotiators negotiator counterpart counterparts diplomats ' +
    'diplomat officers ambassador king crown prince emir sheikh cabinet parliament intelligence embassy brothers initiative regime state-run navy ' +
    'air security police spokesman spokeswoman spokesperson representative representatives team presidency junta monarch sultan'
  ).split(' '),
);

/** Prepositions before a place name that make it a location rather than an actor. */
export const LOCATIVE = new Set(
  'in at to into from across throughout near toward towards inside within around outside via through over onto in northern southern eastern western'.split(
    ' ',
  ),
);

/** Generic references to an organization ("the movement"), resolved to the last organization. */
export const ORG_REFERENCES = new Set([
  'command',
  'mission',
  'movement',
  'group',
  'organization',
  'organisation',
  'ministry',
  'commission',
  'agency',
  'militia',
  'council',
  'union',
  'bloc',
  'committee',
  'office',
  'party',
  'coalition',
  'alliance',
  'front',
  'army',
  'forces',
  'government',
  'medium',
  'outlet',
  'network',
  'newspaper',
  'broadcaster',
  'channel',
  'kingdom',
  'sultanate',
  'emirate',
  'republic',
]);

/** Nouns after a name that show it names a group of people ("PKK fighters", "ELN members"). */
export const GROUP_NOUNS = new Set(
  'fighters rebels militants members militia militias guerrillas insurgents supporters delegates spokesman chief'.split(
    ' ',
  ),
);
