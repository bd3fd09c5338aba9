import { NextResponse, type NextRequest } from 'next/server';
import { marketFromAcceptLanguage } from '@/lib/markets';

// `/` has no page of its own: it sends the shopper to a market.
export function GET(request: NextRequest) {
  const locale = marketFromAcceptLanguage(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set('vary', 'accept-language');
  return response;
}
