// Splits intro text at backticks so the page can show `code` spans without rendering any HTML from data.

/** A run of intro text: plain, or code (text that was between backticks). */
export interface InlinePart {
  text: string;
  code: boolean;
}

/** `a \`b\` c` → [{a }, {b, code}, { c}]. An unpaired backtick is kept as text. */
export function inlineCode(text: string): InlinePart[] {
  const pieces = text.split('`');
  if (pieces.length % 2 === 0) return [{ text, code: false }];
  return pieces.map((t, i) => ({ text: t, code: i % 2 === 1 })).filter((p) => p.text !== '');
}
