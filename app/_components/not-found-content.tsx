import Link from 'next/link';
import { SearchForm } from './search-form';

export function NotFoundContent(props: {
  locale: string;
  title: string;
  body: string;
  home: string;
  searchIntro: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchSubmit: string;
}) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-found">
      <p className="text-sm font-semibold text-slate-600">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{props.title}</h1>
      <p className="mt-3 text-slate-600">{props.body}</p>
      <p className="mt-8">
        <Link href={`/${props.locale}`} className="rounded-md bg-slate-900 px-5 py-2.5 text-sm font-medium text-white hover:bg-slate-700">
          {props.home}
        </Link>
      </p>
      <p className="mt-10 text-sm text-slate-600">{props.searchIntro}</p>
      <div className="mx-auto mt-3 max-w-sm">
        <SearchForm
          locale={props.locale}
          id="not-found-search"
          label={props.searchLabel}
          placeholder={props.searchPlaceholder}
          submit={props.searchSubmit}
          formLabel={props.searchIntro}
        />
      </div>
    </div>
  );
}
