/** Town and city names (cities-list, ~80,000 places with 1,000+ people), loaded on first use. */
import { isCityName } from './words';

export function isCity(name: string): boolean {
  // Loaded on first use, as a ready-made lookup (see words.ts).
  return isCityName(name.trim());
}
