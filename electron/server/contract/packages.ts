import { listPackagesInput, proposePackageSeatsInput, savePackageInput, sellPackageInput } from '../../boxoffice/packages/schemas';
import type { PackageView } from '../../boxoffice/packages/packages';
import type { PackageProposal } from '../../boxoffice/packages/propose';
import type { OrderView } from '../../boxoffice/sales/orders';
import { procedure, MANAGER, SELLERS } from './procedure';

/** Packages (套票, issue 20): one price for a seat in each of several sessions. */
export const packageProcedures = {
  /** The packages with a session of this performance (all without one); `onSaleOnly` for the window. */
  'packages.list': procedure<PackageView[]>()({ roles: SELLERS, input: listPackagesInput }),
  'packages.save': procedure<PackageView>()({ roles: MANAGER, input: savePackageInput }),
  /** The clerk's seats in the first session, the same (or the best of the tier) in the others, all held at once. */
  'packages.proposeSeats': procedure<PackageProposal>()({ roles: SELLERS, input: proposePackageSeatsInput }),
  'packages.sell': procedure<OrderView>()({ roles: SELLERS, input: sellPackageInput }),
};

export type { PackageView, PackageSessionView, PackageTierView } from '../../boxoffice/packages/packages';
export type { PackageProposal, ProposedSeat } from '../../boxoffice/packages/propose';
export type { SavePackageInput, SellPackageInput, PackageRefundRule } from '../../boxoffice/packages/schemas';
