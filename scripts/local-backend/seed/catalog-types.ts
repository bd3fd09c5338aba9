// The shape of a catalog the seeder loads (the demo catalog and test fixtures alike).
import type {
  CartDiscountDraft,
  CategoryDraft,
  CustomerDraft,
  DiscountCodeDraft,
  InventoryEntryDraft,
  ProductDiscountDraft,
  ProductDraft,
  ProductTypeDraft,
  ShippingMethodDraft,
  TaxCategoryDraft,
  ZoneDraft,
} from '@commercetools/platform-sdk';

export type SeedCatalog = {
  project: { currencies: string[]; countries: string[]; languages: string[] };
  zones: ZoneDraft[];
  taxCategories: TaxCategoryDraft[];
  productTypes: ProductTypeDraft[];
  /** Parents before children; a parent is referenced by key. */
  categories: CategoryDraft[];
  /**
   * Created before the products. A price's `discounted` names its (external) Product Discount by
   * key: the API takes only an id there, so the seeder swaps the id in, as an import script would.
   */
  productDiscounts?: ProductDiscountDraft[];
  /** References by key; `publish: true` for products the storefront shows. */
  products: ProductDraft[];
  shippingMethods: ShippingMethodDraft[];
  inventory: InventoryEntryDraft[];
  customers: CustomerDraft[];
  /** Created after the shipping methods; a Discount Code names its Cart Discounts by key. */
  cartDiscounts?: CartDiscountDraft[];
  discountCodes?: DiscountCodeDraft[];
};
