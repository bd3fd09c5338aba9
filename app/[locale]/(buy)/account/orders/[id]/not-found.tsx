import { OrderNotFound } from '@/app/_features/orders/order-not-found';

export default function OrderNotFoundPage() {
  return <OrderNotFound />;
}
