import { ProductSkeleton } from '@/app/_components/skeletons';

export default function Loading() {
  return <ProductSkeleton />;
}
