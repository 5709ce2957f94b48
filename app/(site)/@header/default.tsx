import { SiteHeader } from "@/components/site-header";

/** The header where no path matched (e.g. the not-found page). */
export default function HeaderDefault() {
  return <SiteHeader />;
}
