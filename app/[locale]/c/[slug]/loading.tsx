import { ListingSkeleton } from '@/app/_components/skeletons';

export default function Loading() {
  return <ListingSkeleton />;
}
