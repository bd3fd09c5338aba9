// Money in the local backend as the API computes it: cart totals, taxes, shipping rates, Cart
// Discounts and Discount Codes (see the modules for the rules), and the routes that apply them.
export { cartMoneyRoutes, withRecalculatedCart } from './cart-routes';
export { discountAdminRoutes } from './discount-admin';
export { matchingCartRoute } from './matching-cart';
export { orderFromCartMoneyRoute } from './order-routes';
