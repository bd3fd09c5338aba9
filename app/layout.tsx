import type { ReactNode } from 'react';
import './globals.css';

// The real root layout (with <html lang>) is app/[locale]/layout.tsx: the language comes from the
// market in the path. This one only exists so routes outside a market have a parent.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
