/**
 * A conservative screen for regular expressions in user rule packs: reject the shapes that cause
 * catastrophic backtracking (a quantified group that itself contains a quantifier, and
 * back-references), and absurd lengths. False rejections are acceptable; hangs are not.
 */
export function unsafePatternReason(pattern: string): string | null {
  if (pattern.length > 2000) return 'is longer than 2000 characters';
  if (/\\[1-9]|\\k</.test(pattern)) return 'uses a back-reference, which can take exponential time';
  // Strip escapes and character classes, then look for (...quantifier...)quantifier.
  const simplified = pattern.replace(/\\./g, 'x').replace(/\[(?:[^\]\\]|\\.)*\]/g, 'x');
  const stack: { hasQuantifier: boolean }[] = [];
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified[i];
    if (c === '(') stack.push({ hasQuantifier: false });
    else if (c === ')') {
      const group = stack.pop();
      const next = simplified[i + 1];
      const quantified = next === '*' || next === '+' || next === '{' || next === '?';
      if (group?.hasQuantifier && quantified && next !== '?') return 'nests a repeated group inside a repetition (catastrophic backtracking)';
      if (stack.length && (group?.hasQuantifier || quantified)) stack[stack.length - 1].hasQuantifier = true;
    } else if ((c === '*' || c === '+' || c === '{') && stack.length) stack[stack.length - 1].hasQuantifier = true;
  }
  return null;
}
