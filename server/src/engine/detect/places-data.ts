/** Town and city names (cities-list, ~80,000 places with 1,000+ people), loaded on first use. */
import data from '../../generated/places.json';

let cities: Set<string> | null = null;

export function isCity(name: string): boolean {
  cities ??= new Set(data.cities);
  return cities.has(name.trim());
}
