/** A provider's message may echo the number it refused: every mainland mobile number in it is masked before it is kept. */
export function withoutNumbers(text: string): string {
  return text.replace(/(?<!\d)(?:\+?86)?(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g, '$1****$3');
}
