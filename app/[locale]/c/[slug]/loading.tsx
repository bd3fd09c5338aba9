import { ListingSkeleton } from '@/app/_ui/skeletons';

export default function Loading() {
  return <ListingSkeleton />;
}
