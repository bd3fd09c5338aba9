// Product Search (`POST /products/search`) and price selection on Product Projections, as the real
// API does them; see search.ts and product-projections.ts.
import type { ProjectRoute } from '../project-route';
import { productProjectionsRoute } from './product-projections';
import { productSearchRoute } from './search';

export const productSearchRoutes: readonly ProjectRoute[] = [productSearchRoute, productProjectionsRoute];
