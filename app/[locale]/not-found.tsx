// The market's not-found page: the layout (header, navigation, footer) stays around it, and the
// content reads the market from the layout's provider (not-found files get no params).
import { NotFoundContent } from '@/app/_ui/not-found-content';

export default function MarketNotFound() {
  return <NotFoundContent />;
}
