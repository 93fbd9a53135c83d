// How a control's finding reads once the policy has ranked it: only what blocks says
// "Promotion blocked"; a warning says what is missing and that it must be fixed before GA.

export type Standing = 'blocks' | 'before-ga' | 'advice' | 'waived' | 'none';

function sentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

export function phrase(message: string, standing: Standing): string {
  if (standing === 'blocks') return `Promotion blocked: ${message}`;
  if (standing === 'before-ga') return `${sentence(message)} Must be fixed before general availability.`;
  if (standing === 'advice') return `${sentence(message)} Advice: the policy does not require it.`;
  return sentence(message);
}
