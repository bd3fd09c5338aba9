// Display order of facet values. Search returns them by key, which puts "XS" after "XL" and "104"
// before "36"; shoppers expect sizes small to large.

const LETTER_SIZES = ['xxs', 'xs', 's', 'm', 'l', 'xl', 'xxl', 'xxxl'];

type Rank = [group: number, value: number, text: string];

function sizeRank(key: string): Rank {
  const k = key.toLowerCase();
  const letter = LETTER_SIZES.indexOf(k);
  if (letter >= 0) return [0, letter, k];
  // Combined letter sizes (s-m, l-xl) sit with their first size.
  const [first] = k.split('-');
  const combined = first === undefined ? -1 : LETTER_SIZES.indexOf(first);
  if (combined >= 0 && k.includes('-')) return [0, combined + 0.5, k];
  // Numeric sizes (EU shoe sizes, heights in cm, volumes: 36, 104, 350-ml, 40x40) by their number.
  const number = /^(\d+(?:\.\d+)?)/.exec(k);
  if (number) return [1, Number(number[1]), k];
  return [2, 0, k];
}

function compareRanks(a: Rank, b: Rank): number {
  return a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]);
}

/** Sizes small to large: letter sizes in their scale, then numeric sizes, then anything else by name. */
export function sortSizes<T extends { key: string }>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => compareRanks(sizeRank(a.key), sizeRank(b.key)));
}

/** Other facets by their label in the shopper's language. */
export function sortByLabel<T extends { label: string }>(values: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...values].sort((a, b) => collator.compare(a.label, b.label));
}
