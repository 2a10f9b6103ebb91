/**
 * How money is written around a number, mapped to ISO 4217 codes. The figure extractor builds
 * its patterns from these tables, so a new currency is one line here (and one test).
 *
 * Ambiguous forms pick the reading of the news this project is built on (Pakistani and
 * international English-language copy): a bare "$" is US dollars, "¥" is yen, and "Rs"/"rupees"
 * are Pakistani rupees — Indian copy that says "Rs" will be labelled PKR, a known trade-off.
 */

export interface CurrencySymbol {
  code: string;
  /**
   * The form counts only with a scale word after the number. Wikinews copy writes the pound
   * sign as "#" ("#13 billion"), but "#1" is a rank and "#5" a hashtag.
   */
  needsScale?: boolean;
}

/** Signs and abbreviations written before the number ("US$40 billion", "Rs. 500", "€3bn"). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, CurrencySymbol> = new Map<string, CurrencySymbol>([
  ['$', { code: 'USD' }],
  ['US$', { code: 'USD' }],
  ['USD$', { code: 'USD' }],
  ['U.S.$', { code: 'USD' }],
  ['A$', { code: 'AUD' }],
  ['AU$', { code: 'AUD' }],
  ['C$', { code: 'CAD' }],
  ['CA$', { code: 'CAD' }],
  ['CAN$', { code: 'CAD' }],
  ['HK$', { code: 'HKD' }],
  ['NZ$', { code: 'NZD' }],
  ['S$', { code: 'SGD' }],
  ['R$', { code: 'BRL' }],
  ['NT$', { code: 'TWD' }],
  ['£', { code: 'GBP' }],
  ['GB£', { code: 'GBP' }],
  ['GB#', { code: 'GBP' }],
  ['GB #', { code: 'GBP' }],
  ['#', { code: 'GBP', needsScale: true }],
  ['€', { code: 'EUR' }],
  ['¥', { code: 'JPY' }],
  ['₹', { code: 'INR' }],
  ['₽', { code: 'RUB' }],
  ['₩', { code: 'KRW' }],
  ['₦', { code: 'NGN' }],
  ['₱', { code: 'PHP' }],
  ['₺', { code: 'TRY' }],
  ['₪', { code: 'ILS' }],
  ['₴', { code: 'UAH' }],
  ['Rs.', { code: 'PKR' }],
  ['Rs', { code: 'PKR' }],
  ['RS.', { code: 'PKR' }],
  ['Rp', { code: 'IDR' }],
  ['R', { code: 'ZAR', needsScale: true }],
  ['Dh', { code: 'AED' }],
  ['Tk', { code: 'BDT' }],
  ['SFr', { code: 'CHF' }],
]);

/** ISO 4217 codes, accepted before ("PKR 500", "USD 23 billion") or after ("$249 USD") the number. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'PKR', 'RUB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD',
  'SGD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'TRY', 'BRL', 'MXN', 'ARS', 'ZAR', 'NGN', 'KES',
  'EGP', 'SAR', 'AED', 'QAR', 'KWD', 'IRR', 'ILS', 'KRW', 'TWD', 'THB', 'IDR', 'MYR', 'PHP', 'VND',
  'BDT', 'LKR', 'NPR', 'AFN', 'UAH', 'KZT',
]);

/** Code the extractor reports for a code spelled differently in copy ("RMB" is the yuan). */
export const CURRENCY_CODE_ALIASES: ReadonlyMap<string, string> = new Map([['RMB', 'CNY']]);

export interface CurrencyName {
  code: string;
  /** Minor units: "50 cents" is 0.5 of the main unit. */
  factor?: number;
}

/**
 * Names written after the number ("40 billion dollars", "9.9 billion yuan", "a billion dollar
 * deal"), matched case-insensitively; the longest name wins, so "Canadian dollars" beats
 * "dollars". "won" (the Korean currency) is left out: after a count it is far more often the verb.
 */
export const CURRENCY_NAMES: ReadonlyMap<string, CurrencyName> = new Map<string, CurrencyName>([
  ['dollars', { code: 'USD' }],
  ['dollar', { code: 'USD' }],
  ['us dollars', { code: 'USD' }],
  ['us dollar', { code: 'USD' }],
  ['u.s. dollars', { code: 'USD' }],
  ['american dollars', { code: 'USD' }],
  ['canadian dollars', { code: 'CAD' }],
  ['australian dollars', { code: 'AUD' }],
  ['new zealand dollars', { code: 'NZD' }],
  ['hong kong dollars', { code: 'HKD' }],
  ['singapore dollars', { code: 'SGD' }],
  ['taiwan dollars', { code: 'TWD' }],
  ['cents', { code: 'USD', factor: 0.01 }],
  ['cent', { code: 'USD', factor: 0.01 }],
  ['euros', { code: 'EUR' }],
  ['euro', { code: 'EUR' }],
  ['eurocents', { code: 'EUR', factor: 0.01 }],
  ['pounds sterling', { code: 'GBP' }],
  ['pounds', { code: 'GBP' }],
  ['pound', { code: 'GBP' }],
  ['sterling', { code: 'GBP' }],
  ['pence', { code: 'GBP', factor: 0.01 }],
  ['yen', { code: 'JPY' }],
  ['yuan', { code: 'CNY' }],
  ['renminbi', { code: 'CNY' }],
  ['rupees', { code: 'PKR' }],
  ['rupee', { code: 'PKR' }],
  ['pakistani rupees', { code: 'PKR' }],
  ['pakistan rupees', { code: 'PKR' }],
  ['indian rupees', { code: 'INR' }],
  ['sri lankan rupees', { code: 'LKR' }],
  ['nepalese rupees', { code: 'NPR' }],
  ['paisa', { code: 'PKR', factor: 0.01 }],
  ['roubles', { code: 'RUB' }],
  ['rubles', { code: 'RUB' }],
  ['rouble', { code: 'RUB' }],
  ['ruble', { code: 'RUB' }],
  ['swiss francs', { code: 'CHF' }],
  ['francs', { code: 'CHF' }],
  ['riyals', { code: 'SAR' }],
  ['saudi riyals', { code: 'SAR' }],
  ['qatari riyals', { code: 'QAR' }],
  ['dirhams', { code: 'AED' }],
  ['lira', { code: 'TRY' }],
  ['liras', { code: 'TRY' }],
  ['pesos', { code: 'MXN' }],
  ['rand', { code: 'ZAR' }],
  ['naira', { code: 'NGN' }],
  ['shillings', { code: 'KES' }],
  ['hryvnias', { code: 'UAH' }],
  ['hryvnia', { code: 'UAH' }],
  ['zlotys', { code: 'PLN' }],
  ['zloty', { code: 'PLN' }],
  ['kronor', { code: 'SEK' }],
  ['kroner', { code: 'NOK' }],
  ['rupiah', { code: 'IDR' }],
  ['ringgit', { code: 'MYR' }],
  ['baht', { code: 'THB' }],
  ['taka', { code: 'BDT' }],
  ['afghanis', { code: 'AFN' }],
  ['tenge', { code: 'KZT' }],
  ['rials', { code: 'IRR' }],
  ['shekels', { code: 'ILS' }],
]);

/**
 * Signs written after the number. `glued` forms count only directly on the digits ("50p"),
 * since a lone "p" after a space is anything but money.
 */
export interface CurrencySignAfter extends CurrencyName {
  glued: boolean;
}

export const CURRENCY_SIGNS_AFTER: ReadonlyMap<string, CurrencySignAfter> = new Map<string, CurrencySignAfter>([
  ['p', { code: 'GBP', factor: 0.01, glued: true }],
  ['¢', { code: 'USD', factor: 0.01, glued: true }],
  ['€', { code: 'EUR', glued: false }],
  ['£', { code: 'GBP', glued: false }],
  ['₹', { code: 'INR', glued: false }],
]);
