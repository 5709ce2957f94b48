// The framework's own first-load JavaScript: a blank page.
export default function Blank() {
  return <p>Leer</p>;
}
