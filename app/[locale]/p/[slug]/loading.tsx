import { ProductSkeleton } from '@/app/_ui/skeletons';

export default function Loading() {
  return <ProductSkeleton />;
}
