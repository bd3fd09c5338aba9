import type { Metadata } from 'next';
import { SignupForm } from '@/app/_features/account/auth-forms';
import { buyMetadata } from '@/app/_ui/buy-metadata';
import { authPageTarget } from '@/app/_features/account/server-session';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buyMetadata((await params).locale, 'signup');
}

export default async function SignupRoute({ params, searchParams }: Props) {
  const { locale, next } = await authPageTarget(params, searchParams);
  return <SignupForm locale={locale} next={next} />;
}
