import { SiteHeader } from "@/components/site-header";

/** The header slot on the home page; every other path: [...path]/page.tsx. */
export default function HomeHeaderSlot() {
  return <SiteHeader />;
}
