// Concessions at the gate (issue 20): what the verdict shows of a concession ticket, and the one age rule the core
// and a gate device's cache both apply to a document shown at the gate.
export { concessionAge, isGateProof, type ConcessionAge, type GateConcession, type GateProof } from '../../boxoffice/gate/concession';
