/** Town and city names (cities-list, ~80,000 places with 1,000+ people), loaded on first use. */
let cities: Set<string> | null = null;

export function isCity(name: string): boolean {
  // require(), not import: the list is parsed only when a draft needs it (see words.ts).
  cities ??= new Set((require('../../generated/places.json') as { cities: string[] }).cities);
  return cities.has(name.trim());
}
