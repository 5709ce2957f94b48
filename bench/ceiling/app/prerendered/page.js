import { Entries } from "../../entries";

// Ceiling 2: a route prerendered at build time (○).
export default function Prerendered() {
  return <Entries />;
}
