// Browser-safe (no imports): how names, document numbers and phones are shown on screens and tickets.

/** 张三丰 → 张*丰, 张三 → 张*, 张 → *; Latin names keep their first and last letter. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0] ?? ''}*`;
  return `${chars[0] ?? ''}${'*'.repeat(chars.length - 2)}${chars.at(-1) ?? ''}`;
}

/** 110101199003071234 → 1101**********1234; shorter documents keep fewer characters. */
export function maskIdNumber(id: string): string {
  const keep = id.length >= 15 ? 4 : id.length >= 8 ? 2 : 1;
  if (id.length <= keep * 2) return '*'.repeat(id.length);
  return id.slice(0, keep) + '*'.repeat(id.length - keep * 2) + id.slice(-keep);
}

/** 13812345678 (or +86 138 1234 5678) → 138****5678. */
export function maskPhone(phone: string): string {
  const all = phone.replace(/\D/g, '');
  const digits = /^861\d{10}$/.test(all) ? all.slice(2) : all;
  if (digits.length < 7) return '*'.repeat(digits.length);
  return digits.slice(0, 3) + '*'.repeat(digits.length - 7) + digits.slice(-4);
}
