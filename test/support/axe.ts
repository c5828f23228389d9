import axe from 'axe-core';

/** axe-core violations inside `node`, one readable line each (colour contrast included: real Chromium). */
export async function axeViolations(node: Element): Promise<string[]> {
  const result = await axe.run(node, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}
