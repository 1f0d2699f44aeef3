/**
 * Numbers in English without Intl: the first Intl.NumberFormat on a page starts ICU, which costs tens of ms, and a
 * chart in English needs only digits, commas, a point and a percent sign. Gives exactly what
 * `new Intl.NumberFormat('en', { maximumFractionDigits, style })` gives (a property test holds the two equal):
 * half-expand rounding of the number's shortest decimal form, percents shifted in decimal, not multiplied in
 * binary. Anything else (negative, not finite, written with an exponent) returns undefined: Intl formats it.
 */
export function formatEnglish(value: number, fractionDigits: number, percent: boolean): string | undefined {
  if (!(value >= 0) || !Number.isFinite(value) || Object.is(value, -0)) return undefined;
  const written = String(value);
  if (written.includes('e')) return undefined;
  const point = written.indexOf('.');
  let whole = point < 0 ? written : written.slice(0, point);
  let fraction = point < 0 ? '' : written.slice(point + 1);
  if (percent) {
    fraction = fraction.padEnd(2, '0');
    whole += fraction.slice(0, 2);
    fraction = fraction.slice(2);
  }
  // Half-expand at `fractionDigits`, on the decimal digits.
  let digits = whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0');
  if ((fraction[fractionDigits] ?? '0') >= '5') digits = increment(digits);
  const integer = digits.slice(0, digits.length - fractionDigits).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${decimals ? `.${decimals}` : ''}${percent ? '%' : ''}`;
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return `${digits.slice(0, i)}${String.fromCharCode(digits.charCodeAt(i) + 1)}${'0'.repeat(digits.length - i - 1)}`;
}
