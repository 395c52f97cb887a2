// Browser-safe: the domain's own form schemas and checks, re-exported for the box-office window, which may
// import only the contract. The window validates as the clerk types with exactly what the core enforces.
export { personInput, sellInput, findOrdersInput, MAX_TICKETS_PER_SALE } from '../../boxoffice/sales/schemas';
export { refundInput } from '../../boxoffice/refunds/schemas';
export { reprintInput } from '../../boxoffice/tickets/schemas';
export { openShiftInput, closeShiftInput } from '../../boxoffice/shifts/schemas';
export { bestAvailableInput } from '../../boxoffice/holds/schemas';
export { checkIdDocument, normalizeIdNumber, ID_TYPES, type IdCheck } from '../../boxoffice/personal-data/id-document';
export { formatTicketCode, normalizeTicketCode } from '../../boxoffice/format';
