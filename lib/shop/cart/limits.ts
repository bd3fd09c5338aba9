// The cart's limits, in one place. The request schemas (400 for a quantity outside the range) and
// the cart rules (422 for a line that would grow past the maximum, or a line too many) read them here.

/** The smallest quantity a line can have; removing a line is DELETE, never quantity 0. */
export const MIN_LINE_QUANTITY = 1;

/** The largest quantity of one line (one SKU). */
export const MAX_LINE_QUANTITY = 99;

/** The most distinct lines (SKUs) one cart may hold. */
export const MAX_CART_LINES = 50;
