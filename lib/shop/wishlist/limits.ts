// The wishlist's limits, in one place: the wishlist rules (422 past the maximum) and the UI read them.

/** The most products (variants) one wishlist may hold. */
export const MAX_WISHLIST_ITEMS = 50;

/** The most recently viewed products the product page remembers (in the browser only). */
export const MAX_RECENTLY_VIEWED = 8;
