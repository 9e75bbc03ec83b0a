/** Effective settings for one lint: what the config file, front matter and flags resolved to. */
import type { Category, Severity } from './types';

export type SeveritySetting = Severity | 'off';

export interface LintConfig {
  /** Rule id or category → severity or off. Rule ids win over categories. */
  severities: Record<string, SeveritySetting>;
  /** Terms that are never an identifier ("This is not a patient"), matched case-insensitively. */
  allow: string[];
  /** Flag every identifier regardless of context (case reports, teaching material). */
  strict: boolean;
  /** Default platform when front matter names none. */
  platform?: string;
}

export const DEFAULT_CONFIG: LintConfig = { severities: {}, allow: [], strict: false };

export function severityFor(config: LintConfig, ruleId: string, category: Category, fallback: Severity): SeveritySetting {
  return config.severities[ruleId] ?? config.severities[category] ?? fallback;
}
