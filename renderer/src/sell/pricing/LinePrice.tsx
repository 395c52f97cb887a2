import { formatYuan } from '../../format';

/** A ticket's price: the tier's price struck through beside what is paid, when they differ. */
export function LinePrice({ listFen, paidFen, testId }: { listFen: number; paidFen: number | undefined; testId?: string }) {
  const paid = paidFen ?? listFen;
  return (
    <span className="cart-line-price" data-testid={testId}>
      {paid !== listFen ? (
        <>
          <s className="muted list-price">{formatYuan(listFen)}</s> <span className="paid-price">{formatYuan(paid)}</span>
        </>
      ) : (
        formatYuan(paid)
      )}
    </span>
  );
}
