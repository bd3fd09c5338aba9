// The demo products, grouped by subcategory. Every product becomes one ProductDraft whose variants are
// the cross product of `colors` x `sizes` (2 to 6 variants). Prices are given in whole US dollars;
// GBP and EUR prices are derived from them in demo-catalog.ts.

import type { ColorKey } from './colors';
import type { AnySizeKey } from './product-types';

export type MotifKey =
  | 'tee'
  | 'longsleeve'
  | 'shirt'
  | 'camp-shirt'
  | 'tank'
  | 'dress'
  | 'slip-dress'
  | 'sweater'
  | 'cardigan'
  | 'rollneck'
  | 'hoodie'
  | 'jacket'
  | 'trousers'
  | 'shorts'
  | 'dungarees'
  | 'sneaker'
  | 'boot'
  | 'chelsea'
  | 'loafer'
  | 'espadrille'
  | 'mug'
  | 'cup'
  | 'tumbler'
  | 'cushion'
  | 'throw'
  | 'tote'
  | 'crossbody'
  | 'backpack'
  | 'duffle'
  | 'beanie'
  | 'scarf'
  | 'cap'
  | 'bucket';

export type PatternKey = 'stripes' | 'check' | 'speckle' | 'grid' | 'rainbow' | 'chevron' | 'knit';

export interface DemoProduct {
  readonly name: { readonly en: string; readonly de: string };
  readonly description: { readonly en: string; readonly de: string };
  readonly material: { readonly en: string; readonly de: string };
  /** Base price in whole US dollars. */
  readonly usd: number;
  readonly colors: readonly ColorKey[];
  readonly sizes: readonly AnySizeKey[];
  /** Surcharge in whole US dollars for particular sizes (a few variants cost more). */
  readonly sizeSurcharge?: Readonly<Partial<Record<AnySizeKey, number>>>;
  readonly motif: MotifKey;
  readonly pattern?: PatternKey;
  /** `true`: every variant is out of stock; a list: these `color/size` combinations are. */
  readonly outOfStock?: true | readonly `${ColorKey}/${AnySizeKey}`[];
  /** Percent off every price through the demo's external Product Discount (a struck-through price). */
  readonly salePercent?: number;
}

export const PRODUCTS_BY_CATEGORY: Readonly<Record<string, readonly DemoProduct[]>> = {
  'women-tops': [
    {
      name: { en: 'Breton Striped Top', de: 'Bretonisches Streifenshirt' },
      description: {
        en: 'A classic long-sleeve Breton top in heavyweight cotton jersey with a relaxed boat neckline.',
        de: 'Klassisches Langarmshirt im Bretagne-Stil aus schwerem Baumwolljersey mit lässigem U-Boot-Ausschnitt.',
      },
      material: { en: '100% cotton', de: '100 % Baumwolle' },
      usd: 45,
      colors: ['navy', 'red'],
      sizes: ['s', 'm', 'l'],
      motif: 'longsleeve',
      pattern: 'stripes',
      outOfStock: ['navy/s'],
    },
    {
      name: { en: 'Essential Crew Tee', de: 'Basic-T-Shirt mit Rundhals' },
      description: {
        en: 'A soft, breathable everyday tee cut from organic cotton with a slightly cropped fit.',
        de: 'Weiches, atmungsaktives Alltags-T-Shirt aus Bio-Baumwolle mit leicht verkürzter Passform.',
      },
      material: { en: '100% organic cotton', de: '100 % Bio-Baumwolle' },
      usd: 24,
      colors: ['white', 'black', 'sage'],
      sizes: ['s', 'm'],
      motif: 'tee',
    },
    {
      name: { en: 'Linen Button Blouse', de: 'Leinenbluse mit Knopfleiste' },
      description: {
        en: 'An airy linen blouse with mother-of-pearl buttons and a softly rounded hem.',
        de: 'Luftige Leinenbluse mit Perlmuttknöpfen und sanft abgerundetem Saum.',
      },
      material: { en: '100% linen', de: '100 % Leinen' },
      usd: 68,
      colors: ['white', 'blue'],
      sizes: ['xs', 's', 'm'],
      motif: 'shirt',
    },
    {
      name: { en: 'Ribbed Tank Top', de: 'Geripptes Tanktop' },
      description: {
        en: 'A fitted rib-knit tank that layers neatly under shirts and cardigans.',
        de: 'Figurnahes Tanktop in Rippstrick, das sich gut unter Hemden und Cardigans tragen lässt.',
      },
      material: { en: '95% cotton, 5% elastane', de: '95 % Baumwolle, 5 % Elasthan' },
      usd: 19,
      colors: ['black', 'cream'],
      sizes: ['xs', 's', 'm'],
      motif: 'tank',
    },
  ],
  'women-dresses': [
    {
      name: { en: 'Wrap Midi Dress', de: 'Midi-Wickelkleid' },
      description: {
        en: 'A flattering wrap dress in fluid viscose that falls just below the knee.',
        de: 'Schmeichelndes Wickelkleid aus fließender Viskose, das knapp unter dem Knie endet.',
      },
      material: { en: '100% viscose', de: '100 % Viskose' },
      usd: 89,
      colors: ['green', 'burgundy'],
      sizes: ['s', 'm', 'l'],
      motif: 'dress',
    },
    {
      name: { en: 'Cotton Shirt Dress', de: 'Hemdblusenkleid aus Baumwolle' },
      description: {
        en: 'A crisp poplin shirt dress with a tie belt and practical side pockets.',
        de: 'Frisches Hemdblusenkleid aus Popeline mit Bindegürtel und praktischen Seitentaschen.',
      },
      material: { en: '100% cotton poplin', de: '100 % Baumwollpopeline' },
      usd: 79,
      colors: ['blue', 'beige'],
      sizes: ['xs', 's', 'm'],
      motif: 'dress',
      pattern: 'stripes',
    },
    {
      name: { en: 'Knitted Jumper Dress', de: 'Strickkleid mit Rippkragen' },
      description: {
        en: 'A cosy fine-gauge knitted dress with a ribbed collar, made for cooler days.',
        de: 'Gemütliches Feinstrickkleid mit Rippkragen für kühlere Tage.',
      },
      material: { en: '70% wool, 30% polyamide', de: '70 % Wolle, 30 % Polyamid' },
      usd: 95,
      colors: ['charcoal', 'camel'],
      sizes: ['s', 'm', 'l'],
      motif: 'dress',
      pattern: 'chevron',
    },
    {
      name: { en: 'Satin Slip Dress', de: 'Satin-Trägerkleid' },
      description: {
        en: 'A bias-cut satin slip dress with adjustable straps that works from day to night.',
        de: 'Schräg geschnittenes Satinkleid mit verstellbaren Trägern – vom Tag bis in den Abend.',
      },
      material: { en: '100% recycled polyester satin', de: '100 % recycelter Polyestersatin' },
      usd: 72,
      colors: ['black', 'pink'],
      sizes: ['xs', 's', 'm'],
      motif: 'slip-dress',
      outOfStock: true,
    },
  ],
  'women-knitwear': [
    {
      name: { en: 'Merino Crew Jumper', de: 'Merino-Pullover mit Rundhals' },
      description: {
        en: 'A lightweight merino wool jumper that is warm without bulk and easy to care for.',
        de: 'Leichter Pullover aus Merinowolle, der wärmt, ohne aufzutragen, und pflegeleicht ist.',
      },
      material: { en: '100% extra-fine merino wool', de: '100 % extrafeine Merinowolle' },
      usd: 98,
      colors: ['grey', 'navy', 'camel'],
      sizes: ['s', 'm'],
      motif: 'sweater',
      outOfStock: ['navy/m'],
    },
    {
      name: { en: 'Chunky Cable Cardigan', de: 'Grobstrick-Cardigan mit Zopfmuster' },
      description: {
        en: 'A generous cable-knit cardigan with horn-effect buttons and deep patch pockets.',
        de: 'Großzügiger Cardigan mit Zopfmuster, Knöpfen in Hornoptik und tiefen aufgesetzten Taschen.',
      },
      material: { en: '60% wool, 40% alpaca', de: '60 % Wolle, 40 % Alpaka' },
      usd: 120,
      colors: ['cream', 'sage'],
      sizes: ['s', 'm', 'l'],
      motif: 'cardigan',
      pattern: 'knit',
    },
    {
      name: { en: 'Cotton-Cashmere Roll Neck', de: 'Rollkragenpullover mit Kaschmir' },
      description: {
        en: 'A slim roll-neck sweater in soft cotton and cashmere, perfect for layering.',
        de: 'Schmaler Rollkragenpullover aus weicher Baumwolle mit Kaschmir, ideal zum Kombinieren.',
      },
      material: { en: '85% cotton, 15% cashmere', de: '85 % Baumwolle, 15 % Kaschmir' },
      usd: 85,
      colors: ['black', 'burgundy'],
      sizes: ['xs', 's', 'm'],
      motif: 'rollneck',
    },
  ],
  'women-shoes': [
    {
      name: { en: 'Leather Court Sneaker', de: 'Leder-Sneaker' },
      description: {
        en: 'Minimal low-top sneakers in smooth leather with a cushioned footbed and a rubber cupsole.',
        de: 'Minimalistische Low-Top-Sneaker aus Glattleder mit gepolstertem Fußbett und Gummisohle.',
      },
      material: { en: 'Leather upper, rubber sole', de: 'Obermaterial Leder, Gummisohle' },
      usd: 110,
      colors: ['white', 'black'],
      sizes: ['37', '38', '39'],
      motif: 'sneaker',
      outOfStock: ['white/37'],
    },
    {
      name: { en: 'Suede Chelsea Boot', de: 'Chelsea-Stiefelette aus Veloursleder' },
      description: {
        en: 'Suede Chelsea boots with elastic side panels and a grippy stacked heel.',
        de: 'Chelsea-Boots aus Veloursleder mit elastischen Seiteneinsätzen und griffigem Blockabsatz.',
      },
      material: { en: 'Suede upper, rubber sole', de: 'Obermaterial Veloursleder, Gummisohle' },
      usd: 160,
      colors: ['brown', 'black'],
      sizes: ['38', '39'],
      motif: 'chelsea',
    },
    {
      name: { en: 'Canvas Espadrille', de: 'Canvas-Espadrille' },
      description: {
        en: 'Breezy canvas espadrilles on a hand-stitched jute sole, made for summer.',
        de: 'Luftige Espadrilles aus Canvas auf handvernähter Jutesohle – gemacht für den Sommer.',
      },
      material: { en: 'Cotton canvas, jute sole', de: 'Baumwoll-Canvas, Jutesohle' },
      usd: 45,
      colors: ['beige', 'navy'],
      sizes: ['37', '38', '39'],
      motif: 'espadrille',
    },
  ],
  'men-shirts': [
    {
      name: { en: 'Heavyweight Pocket Tee', de: 'Schweres T-Shirt mit Brusttasche' },
      description: {
        en: 'A boxy heavyweight cotton tee with a chest pocket that keeps its shape wash after wash.',
        de: 'Kastiges T-Shirt aus schwerer Baumwolle mit Brusttasche, das auch nach vielen Wäschen in Form bleibt.',
      },
      material: { en: '100% cotton, 240 g/m²', de: '100 % Baumwolle, 240 g/m²' },
      usd: 32,
      colors: ['white', 'grey', 'navy'],
      sizes: ['m', 'l'],
      motif: 'tee',
    },
    {
      name: { en: 'Oxford Button-Down Shirt', de: 'Oxford-Hemd mit Button-Down-Kragen' },
      description: {
        en: 'A timeless Oxford cotton shirt with a button-down collar and a relaxed, tailored fit.',
        de: 'Zeitloses Hemd aus Oxford-Baumwolle mit Button-Down-Kragen und lässig taillierter Passform.',
      },
      material: { en: '100% cotton Oxford', de: '100 % Baumwoll-Oxford' },
      usd: 65,
      colors: ['blue', 'white'],
      sizes: ['m', 'l', 'xl'],
      motif: 'shirt',
    },
    {
      name: { en: 'Flannel Check Shirt', de: 'Karohemd aus Flanell' },
      description: {
        en: 'A brushed cotton flannel shirt in a classic check, soft from the first wear.',
        de: 'Angerautes Flanellhemd aus Baumwolle im klassischen Karomuster, vom ersten Tragen an weich.',
      },
      material: { en: '100% brushed cotton', de: '100 % angeraute Baumwolle' },
      usd: 58,
      colors: ['red', 'green'],
      sizes: ['m', 'l', 'xl'],
      motif: 'shirt',
      pattern: 'check',
    },
    {
      name: { en: 'Linen Camp Collar Shirt', de: 'Leinenhemd mit Reverskragen' },
      description: {
        en: 'A short-sleeve linen shirt with an open camp collar for warm evenings.',
        de: 'Kurzärmliges Leinenhemd mit offenem Reverskragen für warme Abende.',
      },
      material: { en: '100% linen', de: '100 % Leinen' },
      usd: 62,
      colors: ['beige', 'sage'],
      sizes: ['m', 'l'],
      motif: 'camp-shirt',
    },
  ],
  'men-trousers': [
    {
      name: { en: 'Slim Stretch Chino', de: 'Schmale Stretch-Chino' },
      description: {
        en: 'Stretch cotton chinos with a slim, tapered leg that move from the office to the weekend.',
        de: 'Chinohose aus Stretch-Baumwolle mit schmalem, zulaufendem Bein – vom Büro bis ins Wochenende.',
      },
      material: { en: '98% cotton, 2% elastane', de: '98 % Baumwolle, 2 % Elasthan' },
      usd: 69,
      colors: ['beige', 'navy'],
      sizes: ['m', 'l', 'xl'],
      motif: 'trousers',
      outOfStock: ['navy/xl'],
    },
    {
      name: { en: 'Selvedge Straight Jeans', de: 'Gerade Selvedge-Jeans' },
      description: {
        en: 'Straight-leg jeans in rigid Japanese selvedge denim that will fade beautifully with wear.',
        de: 'Jeans mit geradem Bein aus fester japanischer Selvedge-Denim, die mit der Zeit schön verblasst.',
      },
      material: { en: '100% cotton denim, 14 oz', de: '100 % Baumwoll-Denim, 14 oz' },
      usd: 129,
      colors: ['blue', 'black'],
      sizes: ['m', 'l'],
      motif: 'trousers',
    },
    {
      name: { en: 'Drawstring Jogger', de: 'Jogginghose mit Tunnelzug' },
      description: {
        en: 'Loopback cotton joggers with an elasticated drawstring waist and cuffed ankles.',
        de: 'Jogginghose aus Loopback-Baumwolle mit elastischem Tunnelzug und Bündchen am Knöchel.',
      },
      material: { en: '100% organic cotton loopback', de: '100 % Bio-Baumwolle, Loopback' },
      usd: 55,
      colors: ['grey', 'black'],
      sizes: ['s', 'm', 'l'],
      motif: 'trousers',
    },
    {
      name: { en: 'Pleated Wool Trousers', de: 'Bundfaltenhose aus Wollmischung' },
      description: {
        en: 'Pleated trousers in a soft wool blend with a wide, easy leg.',
        de: 'Bundfaltenhose aus weicher Wollmischung mit weitem, bequemem Bein.',
      },
      material: { en: '65% wool, 35% polyester', de: '65 % Wolle, 35 % Polyester' },
      usd: 110,
      colors: ['charcoal', 'camel'],
      sizes: ['m', 'l'],
      motif: 'trousers',
    },
  ],
  'men-jackets': [
    {
      name: { en: 'Waxed Field Jacket', de: 'Gewachste Feldjacke' },
      description: {
        en: 'A water-resistant waxed cotton jacket with a corduroy collar and four utility pockets.',
        de: 'Wasserabweisende Jacke aus gewachster Baumwolle mit Cordkragen und vier Funktionstaschen.',
      },
      material: { en: '100% waxed cotton', de: '100 % gewachste Baumwolle' },
      usd: 220,
      colors: ['green', 'brown'],
      sizes: ['m', 'l', 'xl'],
      motif: 'jacket',
      outOfStock: ['brown/m'],
    },
    {
      name: { en: 'Quilted Liner Jacket', de: 'Leichte Steppjacke' },
      description: {
        en: 'A lightweight quilted jacket that works on its own or as a warm mid layer.',
        de: 'Leichte Steppjacke, die solo oder als wärmende Zwischenschicht funktioniert.',
      },
      material: { en: 'Recycled nylon, recycled polyester fill', de: 'Recyceltes Nylon, Füllung aus recyceltem Polyester' },
      usd: 135,
      colors: ['navy', 'black'],
      sizes: ['m', 'l'],
      motif: 'jacket',
      pattern: 'grid',
    },
    {
      name: { en: 'Denim Trucker Jacket', de: 'Jeansjacke im Trucker-Stil' },
      description: {
        en: 'A classic trucker jacket in mid-wash denim with buttoned chest pockets.',
        de: 'Klassische Jeansjacke in mittlerer Waschung mit geknöpften Brusttaschen.',
      },
      material: { en: '100% cotton denim', de: '100 % Baumwoll-Denim' },
      usd: 98,
      colors: ['blue'],
      sizes: ['s', 'm', 'l', 'xl'],
      motif: 'jacket',
    },
  ],
  'men-shoes': [
    {
      name: { en: 'Suede Desert Boot', de: 'Desert Boot aus Veloursleder' },
      description: {
        en: 'Lace-up desert boots in soft suede on a natural crepe sole.',
        de: 'Schnür-Desert-Boots aus weichem Veloursleder auf natürlicher Kreppsohle.',
      },
      material: { en: 'Suede upper, crepe sole', de: 'Obermaterial Veloursleder, Kreppsohle' },
      usd: 150,
      colors: ['camel', 'brown'],
      sizes: ['42', '43', '44'],
      motif: 'boot',
    },
    {
      name: { en: 'Everyday Knit Runner', de: 'Strick-Laufschuh für jeden Tag' },
      description: {
        en: 'A lightweight knit runner with a responsive foam midsole for long days on your feet.',
        de: 'Leichter Strick-Laufschuh mit reaktionsfreudiger Schaumstoff-Zwischensohle für lange Tage auf den Beinen.',
      },
      material: { en: 'Recycled polyester knit, foam sole', de: 'Strick aus recyceltem Polyester, Schaumstoffsohle' },
      usd: 120,
      colors: ['grey', 'navy'],
      sizes: ['42', '43', '44'],
      motif: 'sneaker',
    },
    {
      name: { en: 'Leather Penny Loafer', de: 'Penny-Loafer aus Leder' },
      description: {
        en: 'Hand-finished leather penny loafers with a leather sole and a padded insole.',
        de: 'Handveredelte Penny-Loafer aus Leder mit Ledersohle und gepolsterter Innensohle.',
      },
      material: { en: 'Calf leather upper and sole', de: 'Obermaterial und Sohle aus Kalbsleder' },
      usd: 175,
      colors: ['burgundy', 'black'],
      sizes: ['41', '42', '43'],
      motif: 'loafer',
    },
  ],
  'kids-tops': [
    {
      name: { en: 'Kids Rainbow Tee', de: 'Kinder-T-Shirt mit Regenbogen' },
      description: {
        en: 'A soft cotton tee with a cheerful rainbow printed across the chest.',
        de: 'Weiches Baumwoll-T-Shirt mit fröhlichem Regenbogen-Print auf der Brust.',
      },
      material: { en: '100% organic cotton', de: '100 % Bio-Baumwolle' },
      usd: 16,
      colors: ['white', 'yellow'],
      sizes: ['104', '116', '128'],
      motif: 'tee',
      pattern: 'rainbow',
    },
    {
      name: { en: 'Kids Fleece Hoodie', de: 'Kinder-Kapuzenpullover' },
      description: {
        en: 'A cosy fleece-backed hoodie with a kangaroo pocket, built for the playground.',
        de: 'Kuscheliger Hoodie mit angerauter Innenseite und Kängurutasche, gemacht für den Spielplatz.',
      },
      material: { en: '80% cotton, 20% polyester', de: '80 % Baumwolle, 20 % Polyester' },
      usd: 32,
      colors: ['red', 'navy'],
      sizes: ['116', '128', '140'],
      motif: 'hoodie',
    },
    {
      name: { en: 'Kids Striped Long Sleeve', de: 'Gestreiftes Kinder-Langarmshirt' },
      description: {
        en: 'A hard-wearing striped long-sleeve top in organic cotton jersey.',
        de: 'Strapazierfähiges gestreiftes Langarmshirt aus Bio-Baumwolljersey.',
      },
      material: { en: '100% organic cotton', de: '100 % Bio-Baumwolle' },
      usd: 18,
      colors: ['green', 'blue'],
      sizes: ['104', '116'],
      motif: 'longsleeve',
      pattern: 'stripes',
    },
  ],
  'kids-bottoms': [
    {
      name: { en: 'Kids Pull-On Jeans', de: 'Kinder-Schlupfjeans' },
      description: {
        en: 'Stretch denim jeans with an adjustable elastic waist for an easy fit.',
        de: 'Jeans aus Stretch-Denim mit verstellbarem Gummibund für eine bequeme Passform.',
      },
      material: { en: '98% cotton, 2% elastane', de: '98 % Baumwolle, 2 % Elasthan' },
      usd: 28,
      colors: ['blue'],
      sizes: ['104', '116', '128', '140'],
      motif: 'trousers',
    },
    {
      name: { en: 'Kids Cord Dungarees', de: 'Kinder-Latzhose aus Cord' },
      description: {
        en: 'Soft needlecord dungarees with adjustable straps and a roomy front pocket.',
        de: 'Weiche Latzhose aus Feincord mit verstellbaren Trägern und geräumiger Brusttasche.',
      },
      material: { en: '100% cotton corduroy', de: '100 % Baumwollcord' },
      usd: 36,
      colors: ['yellow', 'terracotta'],
      sizes: ['104', '116'],
      motif: 'dungarees',
    },
    {
      name: { en: 'Kids Jersey Shorts', de: 'Kinder-Jerseyshorts' },
      description: {
        en: 'Lightweight jersey shorts with a comfy waistband for summer days.',
        de: 'Leichte Jerseyshorts mit bequemem Bund für Sommertage.',
      },
      material: { en: '100% organic cotton', de: '100 % Bio-Baumwolle' },
      usd: 14,
      colors: ['navy', 'sage'],
      sizes: ['104', '116', '128'],
      motif: 'shorts',
    },
  ],
  'home-mugs': [
    {
      name: { en: 'Speckled Stoneware Mug', de: 'Gesprenkelter Steinzeugbecher' },
      description: {
        en: 'A hand-glazed stoneware mug with a generous handle and a speckled finish.',
        de: 'Handglasierter Steinzeugbecher mit großzügigem Henkel und gesprenkelter Oberfläche.',
      },
      material: { en: 'Glazed stoneware, dishwasher safe', de: 'Glasiertes Steinzeug, spülmaschinenfest' },
      usd: 18,
      colors: ['cream', 'sage', 'terracotta'],
      sizes: ['350-ml'],
      motif: 'mug',
      pattern: 'speckle',
      outOfStock: ['terracotta/350-ml'],
    },
    {
      name: { en: 'Enamel Camping Mug', de: 'Emaille-Campingbecher' },
      description: {
        en: 'A lightweight enamel mug with a rolled rim, equally at home at the campsite and the breakfast table.',
        de: 'Leichter Emaillebecher mit gerolltem Rand, auf dem Campingplatz genauso zu Hause wie am Frühstückstisch.',
      },
      material: { en: 'Enamelled steel', de: 'Emaillierter Stahl' },
      usd: 14,
      salePercent: 20,
      colors: ['white', 'navy'],
      sizes: ['350-ml'],
      motif: 'mug',
    },
    {
      name: { en: 'Porcelain Espresso Cup', de: 'Espressotasse aus Porzellan' },
      description: {
        en: 'A thin-walled porcelain espresso cup with a matching saucer.',
        de: 'Dünnwandige Espressotasse aus Porzellan mit passender Untertasse.',
      },
      material: { en: 'Porcelain, dishwasher safe', de: 'Porzellan, spülmaschinenfest' },
      usd: 12,
      colors: ['white', 'black', 'terracotta'],
      sizes: ['90-ml'],
      motif: 'cup',
    },
    {
      name: { en: 'Insulated Travel Tumbler', de: 'Isolierter Thermobecher' },
      description: {
        en: 'A double-walled steel tumbler that keeps coffee hot for hours and fits most cup holders.',
        de: 'Doppelwandiger Edelstahlbecher, der Kaffee stundenlang heiß hält und in die meisten Getränkehalter passt.',
      },
      material: { en: 'Stainless steel, BPA-free lid', de: 'Edelstahl, BPA-freier Deckel' },
      usd: 29,
      colors: ['black', 'sage', 'blue'],
      sizes: ['350-ml', '470-ml'],
      sizeSurcharge: { '470-ml': 5 },
      motif: 'tumbler',
    },
  ],
  'home-cushions': [
    {
      name: { en: 'Stonewashed Linen Cushion Cover', de: 'Kissenbezug aus Stonewashed-Leinen' },
      description: {
        en: 'A stonewashed linen cushion cover with a hidden zip; the insert is sold separately.',
        de: 'Stonewashed-Kissenbezug aus Leinen mit verdecktem Reißverschluss; die Füllung ist separat erhältlich.',
      },
      material: { en: '100% linen', de: '100 % Leinen' },
      usd: 35,
      colors: ['sage', 'terracotta', 'cream'],
      sizes: ['40x40', '50x50'],
      sizeSurcharge: { '50x50': 8 },
      motif: 'cushion',
    },
    {
      name: { en: 'Velvet Feather Cushion', de: 'Samtkissen mit Federfüllung' },
      description: {
        en: 'A plump feather-filled cushion in soft cotton velvet with piped edges.',
        de: 'Prall gefülltes Federkissen aus weichem Baumwollsamt mit Paspelkanten.',
      },
      material: { en: 'Cotton velvet, feather filling', de: 'Baumwollsamt, Federfüllung' },
      usd: 49,
      salePercent: 20,
      colors: ['green', 'pink', 'yellow'],
      sizes: ['50x50'],
      motif: 'cushion',
    },
    {
      name: { en: 'Striped Outdoor Cushion', de: 'Gestreiftes Outdoor-Kissen' },
      description: {
        en: 'A fade-resistant striped cushion made for garden chairs and balconies.',
        de: 'Lichtbeständiges gestreiftes Kissen für Gartenstühle und Balkone.',
      },
      material: { en: 'Solution-dyed acrylic', de: 'Spinngefärbtes Acryl' },
      usd: 39,
      colors: ['blue', 'yellow'],
      sizes: ['40x40', '50x50'],
      sizeSurcharge: { '50x50': 6 },
      motif: 'cushion',
      pattern: 'stripes',
    },
  ],
  'home-throws': [
    {
      name: { en: 'Herringbone Wool Throw', de: 'Wollplaid mit Fischgrätmuster' },
      description: {
        en: 'A lambswool throw woven in a classic herringbone pattern with fringed edges.',
        de: 'Plaid aus Lammwolle im klassischen Fischgrätmuster mit Fransenkanten.',
      },
      material: { en: '100% lambswool', de: '100 % Lammwolle' },
      usd: 120,
      salePercent: 20,
      colors: ['grey', 'camel'],
      sizes: ['130x170'],
      motif: 'throw',
      pattern: 'chevron',
    },
    {
      name: { en: 'Waffle Cotton Blanket', de: 'Decke aus Waffelpiqué' },
      description: {
        en: 'A breathable waffle-weave cotton blanket for sofa naps all year round.',
        de: 'Atmungsaktive Decke aus Waffelpiqué-Baumwolle für Nickerchen auf dem Sofa – das ganze Jahr über.',
      },
      material: { en: '100% cotton', de: '100 % Baumwolle' },
      usd: 75,
      colors: ['cream', 'sage', 'pink'],
      sizes: ['130x170', '150x200'],
      sizeSurcharge: { '150x200': 20 },
      motif: 'throw',
      pattern: 'grid',
    },
    {
      name: { en: 'Chunky Knit Throw', de: 'Grobstrick-Plaid' },
      description: {
        en: 'An oversized chunky knit throw that adds instant texture to a bed or an armchair.',
        de: 'Übergroßes Grobstrick-Plaid, das Bett oder Sessel sofort mehr Struktur verleiht.',
      },
      material: { en: '100% merino wool', de: '100 % Merinowolle' },
      usd: 95,
      colors: ['cream', 'charcoal'],
      sizes: ['130x170'],
      motif: 'throw',
      pattern: 'knit',
    },
  ],
  'accessories-bags': [
    {
      name: { en: 'Canvas Tote Bag', de: 'Canvas-Tragetasche' },
      description: {
        en: 'A sturdy cotton canvas tote with long handles and an inside zip pocket.',
        de: 'Robuste Tragetasche aus Baumwoll-Canvas mit langen Henkeln und Reißverschlussfach innen.',
      },
      material: { en: '100% cotton canvas', de: '100 % Baumwoll-Canvas' },
      usd: 29,
      salePercent: 20,
      colors: ['beige', 'black', 'navy'],
      sizes: ['one-size'],
      motif: 'tote',
    },
    {
      name: { en: 'Leather Crossbody Bag', de: 'Umhängetasche aus Leder' },
      description: {
        en: 'A compact leather crossbody bag with an adjustable strap and a magnetic closure.',
        de: 'Kompakte Umhängetasche aus Leder mit verstellbarem Riemen und Magnetverschluss.',
      },
      material: { en: 'Vegetable-tanned leather', de: 'Pflanzlich gegerbtes Leder' },
      usd: 135,
      colors: ['brown', 'black', 'burgundy'],
      sizes: ['one-size'],
      motif: 'crossbody',
    },
    {
      name: { en: 'Roll-Top Backpack', de: 'Rolltop-Rucksack' },
      description: {
        en: 'A weatherproof roll-top backpack with a padded laptop sleeve.',
        de: 'Wetterfester Rolltop-Rucksack mit gepolstertem Laptopfach.',
      },
      material: { en: 'Recycled polyester with PU coating', de: 'Recyceltes Polyester mit PU-Beschichtung' },
      usd: 95,
      colors: ['black', 'green', 'yellow'],
      sizes: ['20-l', '30-l'],
      sizeSurcharge: { '30-l': 15 },
      motif: 'backpack',
      outOfStock: ['yellow/30-l'],
    },
    {
      name: { en: 'Waxed Canvas Weekender', de: 'Reisetasche aus gewachstem Canvas' },
      description: {
        en: 'A roomy waxed canvas weekender with leather handles and a detachable shoulder strap.',
        de: 'Geräumige Reisetasche aus gewachstem Canvas mit Ledergriffen und abnehmbarem Schultergurt.',
      },
      material: { en: 'Waxed cotton canvas, leather trims', de: 'Gewachstes Baumwoll-Canvas, Lederbesatz' },
      usd: 145,
      colors: ['green', 'brown'],
      sizes: ['one-size'],
      motif: 'duffle',
    },
  ],
  'accessories-hats-scarves': [
    {
      name: { en: 'Ribbed Merino Beanie', de: 'Gerippte Merinomütze' },
      description: {
        en: 'A snug ribbed beanie in soft merino wool with a deep turn-up.',
        de: 'Enganliegende Rippstrickmütze aus weicher Merinowolle mit breitem Umschlag.',
      },
      material: { en: '100% merino wool', de: '100 % Merinowolle' },
      usd: 28,
      colors: ['charcoal', 'red', 'yellow'],
      sizes: ['one-size'],
      motif: 'beanie',
    },
    {
      name: { en: 'Lambswool Check Scarf', de: 'Karierter Schal aus Lammwolle' },
      description: {
        en: 'A generous lambswool scarf with fringed ends, woven in Scotland.',
        de: 'Großzügiger Schal aus Lammwolle mit Fransenenden, gewebt in Schottland.',
      },
      material: { en: '100% lambswool', de: '100 % Lammwolle' },
      usd: 55,
      colors: ['camel', 'grey', 'burgundy'],
      sizes: ['one-size'],
      motif: 'scarf',
      pattern: 'check',
    },
    {
      name: { en: 'Washed Cotton Cap', de: 'Kappe aus gewaschener Baumwolle' },
      description: {
        en: 'A washed cotton cap with a curved brim and an adjustable strap.',
        de: 'Kappe aus gewaschener Baumwolle mit gebogenem Schirm und verstellbarem Riemen.',
      },
      material: { en: '100% cotton twill', de: '100 % Baumwolltwill' },
      usd: 25,
      colors: ['navy', 'beige', 'green'],
      sizes: ['one-size'],
      motif: 'cap',
    },
    {
      name: { en: 'Twill Bucket Hat', de: 'Fischerhut aus Twill' },
      description: {
        en: 'A soft cotton twill bucket hat that packs down easily for travel.',
        de: 'Weicher Fischerhut aus Baumwolltwill, der sich auf Reisen leicht verstauen lässt.',
      },
      material: { en: '100% cotton twill', de: '100 % Baumwolltwill' },
      usd: 32,
      colors: ['beige', 'black'],
      sizes: ['s-m', 'l-xl'],
      motif: 'bucket',
      outOfStock: ['black/l-xl'],
    },
  ],
};
