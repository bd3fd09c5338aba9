// The floor the storefront's figures are read against (scripts/bench/pages.ts): the smallest App
// Router page this Next.js release can serve, with nothing of ours in it. JavaScript on purpose, so
// `next build` here never writes a tsconfig.json or next-env.d.ts into the repository.
export const metadata = { title: 'A blank Next.js page' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
