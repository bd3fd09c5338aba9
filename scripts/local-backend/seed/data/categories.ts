// The demo category tree: top-level categories, each with its subcategories. Products are assigned to
// subcategories only; a top-level listing shows them through the category subtree.

import type { ProductTypeKey } from './product-types';

export type TaxCategoryKey = 'standard' | 'reduced';

export interface DemoLocalized {
  readonly en: string;
  readonly de: string;
}

export interface DemoSubcategory {
  readonly key: string;
  readonly name: DemoLocalized;
  readonly slug: DemoLocalized;
  readonly description: DemoLocalized;
  /** SKU prefix of the products in this subcategory. */
  readonly skuPrefix: string;
  readonly productType: ProductTypeKey;
  readonly taxCategory: TaxCategoryKey;
}

export interface DemoTopCategory {
  readonly key: string;
  readonly name: DemoLocalized;
  readonly slug: DemoLocalized;
  readonly description: DemoLocalized;
  readonly children: readonly DemoSubcategory[];
}

export const CATEGORY_TREE: readonly DemoTopCategory[] = [
  {
    key: 'women',
    name: { en: 'Women', de: 'Damen' },
    slug: { en: 'women', de: 'damen' },
    description: {
      en: 'Easy wardrobe staples for women, from breezy tops to cosy knitwear and everyday shoes.',
      de: 'Unkomplizierte Lieblingsteile für Damen – von luftigen Oberteilen bis zu kuscheligem Strick und Schuhen für jeden Tag.',
    },
    children: [
      {
        key: 'women-tops',
        name: { en: 'Tops', de: 'Oberteile' },
        slug: { en: 'women-tops', de: 'damen-oberteile' },
        description: {
          en: 'Tees, blouses and tanks in soft cottons and linen.',
          de: 'T-Shirts, Blusen und Tops aus weicher Baumwolle und Leinen.',
        },
        skuPrefix: 'WTP',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'women-dresses',
        name: { en: 'Dresses', de: 'Kleider' },
        slug: { en: 'women-dresses', de: 'damen-kleider' },
        description: {
          en: 'Wrap, shirt and slip dresses for every season.',
          de: 'Wickel-, Hemdblusen- und Trägerkleider für jede Jahreszeit.',
        },
        skuPrefix: 'WDR',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'women-knitwear',
        name: { en: 'Knitwear', de: 'Strick' },
        slug: { en: 'women-knitwear', de: 'damen-strick' },
        description: {
          en: 'Merino jumpers, cardigans and roll necks that keep you warm without the bulk.',
          de: 'Merinopullover, Cardigans und Rollkragen, die wärmen, ohne aufzutragen.',
        },
        skuPrefix: 'WKN',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'women-shoes',
        name: { en: 'Shoes', de: 'Schuhe' },
        slug: { en: 'women-shoes', de: 'damen-schuhe' },
        description: {
          en: 'Sneakers, boots and espadrilles made to be worn every day.',
          de: 'Sneaker, Stiefeletten und Espadrilles für jeden Tag.',
        },
        skuPrefix: 'WSH',
        productType: 'footwear',
        taxCategory: 'standard',
      },
    ],
  },
  {
    key: 'men',
    name: { en: 'Men', de: 'Herren' },
    slug: { en: 'men', de: 'herren' },
    description: {
      en: 'Hard-wearing essentials for men: shirts, trousers, jackets and shoes that age well.',
      de: 'Langlebige Basics für Herren: Hemden, Hosen, Jacken und Schuhe, die mit der Zeit schöner werden.',
    },
    children: [
      {
        key: 'men-shirts',
        name: { en: 'Shirts & Tees', de: 'Hemden & T-Shirts' },
        slug: { en: 'men-shirts-tees', de: 'herren-hemden-t-shirts' },
        description: {
          en: 'Heavyweight tees, Oxford shirts and flannels.',
          de: 'Schwere T-Shirts, Oxford-Hemden und Flanellhemden.',
        },
        skuPrefix: 'MTS',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'men-trousers',
        name: { en: 'Trousers & Jeans', de: 'Hosen & Jeans' },
        slug: { en: 'men-trousers-jeans', de: 'herren-hosen-jeans' },
        description: {
          en: 'Chinos, selvedge denim and joggers in relaxed and slim fits.',
          de: 'Chinos, Selvedge-Denim und Jogginghosen in lässigen und schmalen Schnitten.',
        },
        skuPrefix: 'MTR',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'men-jackets',
        name: { en: 'Jackets', de: 'Jacken' },
        slug: { en: 'men-jackets', de: 'herren-jacken' },
        description: {
          en: 'Field jackets, quilted layers and denim for changeable weather.',
          de: 'Feldjacken, Steppjacken und Denim für wechselhaftes Wetter.',
        },
        skuPrefix: 'MJK',
        productType: 'apparel',
        taxCategory: 'standard',
      },
      {
        key: 'men-shoes',
        name: { en: 'Shoes', de: 'Schuhe' },
        slug: { en: 'men-shoes', de: 'herren-schuhe' },
        description: {
          en: 'Desert boots, runners and loafers.',
          de: 'Desert Boots, Laufschuhe und Loafer.',
        },
        skuPrefix: 'MSH',
        productType: 'footwear',
        taxCategory: 'standard',
      },
    ],
  },
  {
    key: 'kids',
    name: { en: 'Kids', de: 'Kinder' },
    slug: { en: 'kids', de: 'kinder' },
    description: {
      en: 'Playground-proof clothes for kids aged three to ten.',
      de: 'Spielplatzfeste Kleidung für Kinder von drei bis zehn Jahren.',
    },
    children: [
      {
        key: 'kids-tops',
        name: { en: 'Tops & Sweats', de: 'Oberteile & Sweats' },
        slug: { en: 'kids-tops-sweats', de: 'kinder-oberteile-sweats' },
        description: {
          en: 'Tees, stripes and hoodies in organic cotton.',
          de: 'T-Shirts, Ringelshirts und Hoodies aus Bio-Baumwolle.',
        },
        skuPrefix: 'KTP',
        productType: 'apparel',
        taxCategory: 'reduced',
      },
      {
        key: 'kids-bottoms',
        name: { en: 'Trousers & Shorts', de: 'Hosen & Shorts' },
        slug: { en: 'kids-trousers-shorts', de: 'kinder-hosen-shorts' },
        description: {
          en: 'Pull-on jeans, dungarees and shorts with room to move.',
          de: 'Schlupfjeans, Latzhosen und Shorts mit viel Bewegungsfreiheit.',
        },
        skuPrefix: 'KBT',
        productType: 'apparel',
        taxCategory: 'reduced',
      },
    ],
  },
  {
    key: 'home',
    name: { en: 'Home', de: 'Wohnen' },
    slug: { en: 'home', de: 'wohnen' },
    description: {
      en: 'Mugs, cushions and throws to make a home feel lived in.',
      de: 'Becher, Kissen und Decken, die ein Zuhause gemütlich machen.',
    },
    children: [
      {
        key: 'home-mugs',
        name: { en: 'Mugs & Cups', de: 'Becher & Tassen' },
        slug: { en: 'home-mugs-cups', de: 'wohnen-becher-tassen' },
        description: {
          en: 'Stoneware, enamel and porcelain for the morning coffee.',
          de: 'Steinzeug, Emaille und Porzellan für den Morgenkaffee.',
        },
        skuPrefix: 'HMG',
        productType: 'homeware',
        taxCategory: 'standard',
      },
      {
        key: 'home-cushions',
        name: { en: 'Cushions', de: 'Kissen' },
        slug: { en: 'home-cushions', de: 'wohnen-kissen' },
        description: {
          en: 'Linen, velvet and outdoor cushions in two sizes.',
          de: 'Kissen aus Leinen, Samt und für draußen in zwei Größen.',
        },
        skuPrefix: 'HCU',
        productType: 'homeware',
        taxCategory: 'standard',
      },
      {
        key: 'home-throws',
        name: { en: 'Throws & Blankets', de: 'Plaids & Decken' },
        slug: { en: 'home-throws-blankets', de: 'wohnen-plaids-decken' },
        description: {
          en: 'Wool, waffle cotton and chunky knits for the sofa.',
          de: 'Wolle, Waffelpiqué und Grobstrick für das Sofa.',
        },
        skuPrefix: 'HTH',
        productType: 'homeware',
        taxCategory: 'standard',
      },
    ],
  },
  {
    key: 'accessories',
    name: { en: 'Accessories', de: 'Accessoires' },
    slug: { en: 'accessories', de: 'accessoires' },
    description: {
      en: 'Bags, hats and scarves to finish an outfit.',
      de: 'Taschen, Mützen und Schals, die jedes Outfit abrunden.',
    },
    children: [
      {
        key: 'accessories-bags',
        name: { en: 'Bags', de: 'Taschen' },
        slug: { en: 'accessories-bags', de: 'accessoires-taschen' },
        description: {
          en: 'Totes, crossbody bags, backpacks and weekenders.',
          de: 'Tragetaschen, Umhängetaschen, Rucksäcke und Reisetaschen.',
        },
        skuPrefix: 'ABG',
        productType: 'accessories',
        taxCategory: 'standard',
      },
      {
        key: 'accessories-hats-scarves',
        name: { en: 'Hats & Scarves', de: 'Mützen & Schals' },
        slug: { en: 'accessories-hats-scarves', de: 'accessoires-muetzen-schals' },
        description: {
          en: 'Beanies, caps, bucket hats and lambswool scarves.',
          de: 'Beanies, Kappen, Fischerhüte und Schals aus Lammwolle.',
        },
        skuPrefix: 'AHS',
        productType: 'accessories',
        taxCategory: 'standard',
      },
    ],
  },
];
