import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { SignupForm } from '@/app/_components/buy/auth-forms';
import { buyMetadata } from '@/app/_components/buy/metadata';
import { safeNextPath } from '@/app/_components/buy/paths';
import { isSignedIn } from '@/app/_components/buy/server-session';
import { languageTag } from '@/lib/i18n/locale';
import { isMarketLocale, marketFor } from '@/lib/markets';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'signup');
}

export default async function SignupRoute({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isMarketLocale(locale)) notFound();
  setRequestLocale(languageTag(marketFor(locale)));
  const raw = (await searchParams).next;
  // Only a path inside this store; anything else (another site, a protocol-relative URL) is ignored.
  const next = safeNextPath(Array.isArray(raw) ? raw[0] : raw, `/${locale}/account`);
  if (await isSignedIn()) redirect(next);
  return <SignupForm locale={locale} next={next} />;
}
