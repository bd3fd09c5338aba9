export default function Page() {
  return (
    <main>
      <h1>A blank Next.js page</h1>
      <p>No app code: the framework alone, as every page of this release ships it.</p>
    </main>
  );
}
