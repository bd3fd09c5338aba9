import { OrderNotFound } from '@/app/_components/buy/order-not-found';

export default function OrderNotFoundPage() {
  return <OrderNotFound />;
}
