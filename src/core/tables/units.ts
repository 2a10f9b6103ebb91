import type { FigureCategory } from '../model';

/**
 * Units of measure, percentages and durations as written after a number, and the word lists
 * that shape a counted noun phrase ("100 Russian companies"). The figure extractor compiles
 * its patterns from these tables; a new unit is one line here.
 */

export interface UnitEntry {
  /** Normalised unit reported on the figure. */
  unit: string;
  category: Exclude<FigureCategory, 'money' | 'count'>;
  /** Spelled-out forms, matched case-insensitively after a space or a hyphen ("1,100-kilometre"). */
  words?: readonly string[];
  /**
   * Symbols and abbreviations, matched case-sensitively ("MW" is not "mw") directly after the
   * digits or after one space ("500km", "2 GHz", "70%").
   */
  abbreviations?: readonly string[];
  /** Letters that are the unit only right on the digits ("a high of 41C"); a space away they are a letter. */
  glued?: readonly string[];
}

export const UNITS: readonly UnitEntry[] = [
  // Percentages. "per cent" is a percentage, never a rate.
  { unit: '%', category: 'percent', words: ['per cent', 'percent', 'per-cent', 'pct'], abbreviations: ['%', 'pc'] },
  { unit: 'percentage point', category: 'percent', words: ['percentage points', 'percentage point', 'percent points', 'per cent points'], abbreviations: ['% points', 'pp', 'ppt'] },
  { unit: 'basis point', category: 'percent', words: ['basis points', 'basis point'], abbreviations: ['bps', 'bp'] },

  // Ages come before years so "27-year-old" is an age and "27-year" a duration.
  { unit: 'years of age', category: 'quantity', words: ['year-old', 'years-old', 'years old', 'year old'] },

  { unit: 'year', category: 'duration', words: ['years', 'year', 'yrs', 'yr'] },
  { unit: 'month', category: 'duration', words: ['months', 'month'] },
  { unit: 'week', category: 'duration', words: ['weeks', 'week'] },
  { unit: 'fortnight', category: 'duration', words: ['fortnights', 'fortnight'] },
  { unit: 'day', category: 'duration', words: ['days', 'day'] },
  { unit: 'hour', category: 'duration', words: ['hours', 'hour', 'hrs', 'hr'] },
  { unit: 'minute', category: 'duration', words: ['minutes', 'minute', 'mins', 'min'] },
  { unit: 'second', category: 'duration', words: ['seconds', 'second', 'secs', 'sec'] },
  { unit: 'decade', category: 'duration', words: ['decades', 'decade'] },
  { unit: 'century', category: 'duration', words: ['centuries', 'century'] },

  { unit: 'km', category: 'quantity', words: ['kilometres', 'kilometre', 'kilometers', 'kilometer'], abbreviations: ['km', 'kms'] },
  { unit: 'km²', category: 'quantity', words: ['square kilometres', 'square kilometre', 'square kilometers', 'square kilometer', 'sq km'], abbreviations: ['km²', 'km2', 'sq km'] },
  { unit: 'm', category: 'quantity', words: ['metres', 'metre', 'meters', 'meter'], abbreviations: ['m'] },
  { unit: 'm²', category: 'quantity', words: ['square metres', 'square metre', 'square meters', 'square meter', 'sq m'], abbreviations: ['m²', 'sq m'] },
  { unit: 'm³', category: 'quantity', words: ['cubic metres', 'cubic metre', 'cubic meters', 'cubic meter'], abbreviations: ['m³', 'm3', 'cu m'] },
  { unit: 'cm', category: 'quantity', words: ['centimetres', 'centimetre', 'centimeters', 'centimeter'], abbreviations: ['cm'] },
  { unit: 'mm', category: 'quantity', words: ['millimetres', 'millimetre', 'millimeters', 'millimeter'], abbreviations: ['mm'] },
  { unit: 'nmi', category: 'quantity', words: ['nautical miles', 'nautical mile'], abbreviations: ['nmi'] },
  { unit: 'mi', category: 'quantity', words: ['miles', 'mile'] },
  { unit: 'mi²', category: 'quantity', words: ['square miles', 'square mile'], abbreviations: ['sq mi'] },
  { unit: 'ft', category: 'quantity', words: ['feet', 'foot'], abbreviations: ['ft'] },
  { unit: 'in', category: 'quantity', words: ['inches', 'inch'], abbreviations: ['"', '″'] },
  { unit: 'yd', category: 'quantity', words: ['yards', 'yard'] },
  { unit: 'ha', category: 'quantity', words: ['hectares', 'hectare'], abbreviations: ['ha'] },
  { unit: 'acre', category: 'quantity', words: ['acres', 'acre'] },
  { unit: 'kg', category: 'quantity', words: ['kilograms', 'kilogram', 'kilogrammes', 'kilogramme', 'kilos', 'kilo'], abbreviations: ['kg', 'kgs'] },
  { unit: 'g', category: 'quantity', words: ['grams', 'gram', 'grammes', 'gramme'] },
  { unit: 'mg', category: 'quantity', words: ['milligrams', 'milligram'], abbreviations: ['mg'] },
  { unit: 't', category: 'quantity', words: ['metric tons', 'metric tonnes', 'tonnes', 'tonne', 'tons', 'ton'] },
  { unit: 'lb', category: 'quantity', abbreviations: ['lb', 'lbs'] },
  { unit: 'oz', category: 'quantity', words: ['ounces', 'ounce'], abbreviations: ['oz'] },
  { unit: 'l', category: 'quantity', words: ['litres', 'litre', 'liters', 'liter'] },
  { unit: 'ml', category: 'quantity', words: ['millilitres', 'millilitre', 'milliliters', 'milliliter'], abbreviations: ['ml'] },
  { unit: 'gal', category: 'quantity', words: ['gallons', 'gallon'] },
  { unit: 'barrels per day', category: 'quantity', words: ['barrels per day', 'barrels a day'], abbreviations: ['bpd', 'b/d'] },
  { unit: 'barrel', category: 'quantity', words: ['barrels', 'barrel'], abbreviations: ['bbl'] },
  { unit: 'bcm', category: 'quantity', words: ['billion cubic metres', 'billion cubic meters'], abbreviations: ['bcm'] },
  { unit: 'bcf', category: 'quantity', words: ['billion cubic feet'], abbreviations: ['bcf'] },
  { unit: 'mmcfd', category: 'quantity', words: ['million cubic feet per day'], abbreviations: ['mmcfd', 'MMcfd'] },
  { unit: 'MMBtu', category: 'quantity', abbreviations: ['MMBtu', 'mmbtu'] },
  { unit: 'W', category: 'quantity', words: ['watts', 'watt'], abbreviations: ['W'] },
  { unit: 'kW', category: 'quantity', words: ['kilowatts', 'kilowatt'], abbreviations: ['kW'] },
  { unit: 'MW', category: 'quantity', words: ['megawatts', 'megawatt'], abbreviations: ['MW'] },
  { unit: 'GW', category: 'quantity', words: ['gigawatts', 'gigawatt'], abbreviations: ['GW'] },
  { unit: 'kWh', category: 'quantity', words: ['kilowatt hours', 'kilowatt-hours', 'kilowatt hour', 'kilowatt-hour'], abbreviations: ['kWh'] },
  { unit: 'MWh', category: 'quantity', words: ['megawatt hours', 'megawatt-hours'], abbreviations: ['MWh'] },
  { unit: 'GWh', category: 'quantity', words: ['gigawatt hours', 'gigawatt-hours'], abbreviations: ['GWh'] },
  { unit: 'TWh', category: 'quantity', words: ['terawatt hours', 'terawatt-hours'], abbreviations: ['TWh'] },
  { unit: 'kV', category: 'quantity', words: ['kilovolts', 'kilovolt'], abbreviations: ['kV'] },
  { unit: 'V', category: 'quantity', words: ['volts', 'volt'] },
  { unit: 'KB', category: 'quantity', words: ['kilobytes', 'kilobyte'], abbreviations: ['KB', 'kB'] },
  { unit: 'MB', category: 'quantity', words: ['megabytes', 'megabyte'], abbreviations: ['MB'] },
  { unit: 'GB', category: 'quantity', words: ['gigabytes', 'gigabyte'], abbreviations: ['GB'] },
  { unit: 'TB', category: 'quantity', words: ['terabytes', 'terabyte'], abbreviations: ['TB'] },
  { unit: 'MHz', category: 'quantity', words: ['megahertz'], abbreviations: ['MHz'] },
  { unit: 'GHz', category: 'quantity', words: ['gigahertz'], abbreviations: ['GHz'] },
  { unit: 'Mbps', category: 'quantity', abbreviations: ['Mbps', 'Mb/s'] },
  { unit: 'Gbps', category: 'quantity', abbreviations: ['Gbps', 'Gb/s'] },
  { unit: 'km/h', category: 'quantity', words: ['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], abbreviations: ['km/h', 'kmh', 'kph'] },
  { unit: 'mph', category: 'quantity', words: ['miles per hour', 'miles an hour'], abbreviations: ['mph'] },
  { unit: 'kn', category: 'quantity', words: ['knots', 'knot'] },
  { unit: '°C', category: 'quantity', words: ['degrees celsius', 'degrees centigrade', 'degrees c'], abbreviations: ['°C', 'ºC', 'C°'], glued: ['C'] },
  { unit: '°F', category: 'quantity', words: ['degrees fahrenheit', 'degrees f'], abbreviations: ['°F', 'ºF'], glued: ['F'] },
  { unit: '°', category: 'quantity', words: ['degrees', 'degree'], abbreviations: ['°'] },
  { unit: 'Mt', category: 'quantity', words: ['megatonnes', 'megatons'], abbreviations: ['Mt'] },
  // Multipliers: "four times faster", "a tenfold rise" is a word of its own and not matched here.
  { unit: 'times', category: 'quantity', words: ['times', 'fold'] },
];

/**
 * Nouns a rate is given in after "a"/"an" ("$105 a barrel", "15 a year"). After "per" any noun
 * is a rate; after the article only these, since "a" usually starts a new noun phrase.
 */
export const RATE_NOUNS: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'night', 'quarter', 'season',
  'barrel', 'tonne', 'ton', 'kilo', 'kilogram', 'kg', 'litre', 'liter', 'gallon', 'unit', 'piece',
  'head', 'person', 'share', 'seat', 'ticket', 'passenger', 'visit', 'trip', 'game',
  'match', 'student', 'household', 'family', 'worker', 'mile', 'kilometre', 'kilometer', 'pop',
  'box', 'bag', 'bottle', 'dose', 'pack', 'room', 'kwh', 'mmbtu', 'vote',
]);

/** Plural nouns that do not end in "s" and so are not recognised by shape. */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'aircraft', 'cattle',
  'sheep', 'fish', 'deer', 'feet', 'teeth', 'mice', 'geese', 'crew', 'militia', 'livestock',
  'spacecraft', 'offspring', 'faithful', 'clergy', 'infantry', 'cavalry', 'artillery', 'poultry',
  'media', 'data', 'criteria', 'phenomena', 'alumni', 'bacteria', 'youth', 'elderly', 'dead',
  'wounded', 'injured', 'homeless', 'unemployed', 'displaced', 'missing',
]);

/** Endings of irregular plural compounds: "fishermen", "tradespeople", "grandchildren", "hovercraft". */
export const IRREGULAR_PLURAL_ENDINGS: readonly string[] = ['men', 'people', 'children', 'craft'];

/**
 * Words ending in "s" that are not plural nouns, or plural nouns that never head a counted
 * phrase ("as", "its", "was", "news").
 */
export const NOT_PLURAL_ENDING_IN_S: ReadonlySet<string> = new Set([
  'as', 'is', 'was', 'has', 'does', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'this', 'thus',
  'us', 'plus', 'minus', 'versus', 'less', 'unless', 'always', 'perhaps', 'besides', 'towards',
  'afterwards', 'upwards', 'downwards', 'nevertheless', 'whereas', 'news', 'various', 'previous',
  'respectively', 'overseas', 'across', 'bus', 'gas', 'chaos', 'status', 'census', 'bonus',
  'campus', 'corpus', 'virus', 'focus', 'consensus', 'analysis', 'basis', 'crisis', 'thesis',
  'series', 'species', 'means', 'aegis', 'kudos', 'mass', 'class', 'pass', 'press', 'boss',
  // Singular words that end like irregular plurals.
  'specimen', 'abdomen', 'regimen', 'omen', 'craft', 'statecraft', 'witchcraft',
]);

/**
 * Words that end a counted noun phrase: "100 Russian companies with asset freezes" stops at
 * "with". Prepositions, conjunctions, determiners, pronouns and the commonest verbs; a phrase
 * is taken only up to its first plural noun, so uncommon verbs rarely matter.
 */
export const COUNT_PHRASE_STOP_WORDS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'over', 'under', 'into', 'onto',
  'than', 'per', 'about', 'across', 'after', 'before', 'between', 'during', 'since', 'until',
  'within', 'without', 'against', 'among', 'amongst', 'through', 'throughout', 'toward',
  'towards', 'as', 'like', 'via', 'including', 'excluding', 'plus', 'upon', 'above',
  'below', 'beyond', 'near', 'off', 'out', 'up', 'down', 'around', 'behind', 'along', 'inside',
  'outside', 'worth', 'each', 'apiece', 'respectively', 'instead', 'ago', 'later', 'earlier',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'while', 'whereas', 'if', 'because', 'although',
  'though', 'when', 'where', 'whether', 'then',
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what',
  'it', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'they', 'we', 'he', 'she', 'i', 'you',
  'them', 'us', 'him', 'me', 'every', 'all', 'both', 'some', 'any', 'no', 'not', 'more', 'less',
  'fewer', 'most', 'other', 'others', 'such', 'only', 'also', 'just', 'even', 'still', 'already',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'said',
  'says', 'say', 'told', 'according', 'there', 'here', 'now', 'again', 'too', 'very',
]);
