// How many orders a guest session remembers (the confirmation page, GET /api/orders), and how many
// a list answers with. Plain constants: the session schema reads the first.
export const MAX_REMEMBERED_ORDERS = 20;
export const ORDER_LIST_LIMIT = 50;
