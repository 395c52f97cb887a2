// The domain's input schemas, browser-safe (zod only), for the UI to validate forms as people type:
// the same rules the core applies, so a form never says "fine" to what the core refuses.
export * from '../../boxoffice/catalog/schemas';
export * from '../../boxoffice/sales/schemas';
export * from '../../boxoffice/holds/schemas';
export * from '../../boxoffice/refunds/schemas';
export * from '../../boxoffice/tickets/schemas';
export * from '../../boxoffice/shifts/schemas';
export * from '../../boxoffice/gate/schemas';
export * from '../../boxoffice/personal-data/schemas';
export * from '../../boxoffice/reports/schemas';
export * from '../../boxoffice/large/schemas';
export * from '../../boxoffice/named-holds/schemas';
export { scheduleIssues, MAX_REFUND_STEPS } from '../../boxoffice/refunds/fee-steps';
export { checkIdDocument, gb11643CheckChar, normalizeIdNumber, ID_TYPES, type IdType, type IdCheck } from '../../boxoffice/personal-data/id-document';
export { formatTicketCode, looksLikeTicketCode, normalizeTicketCode, seatText } from '../../boxoffice/format';
export { assignSeats, assignmentProblems, type SeatAssignment, type AssignmentProblem, type RuleSeat } from '../../boxoffice/catalog/seat-assignment';
export * from '../../boxoffice/catalog/zone-schemas';
export * from '../../boxoffice/pricing/schemas';
export * from '../../boxoffice/packages/schemas';
export { priceOrder, concessionPrice, percentOf, ageOn, ageFits, birthDateOf, FULL_PRICE, PRICE_RULES, PROOFS, DISCOUNT_RULES } from '../../boxoffice/pricing/price-lines';
