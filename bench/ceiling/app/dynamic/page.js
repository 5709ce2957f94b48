import { Entries } from "../../entries";

// Ceiling 3: the framework's own floor for a page rendered per request (ƒ): no database, no session.
export const dynamic = "force-dynamic";

export default function Dynamic() {
  return <Entries />;
}
