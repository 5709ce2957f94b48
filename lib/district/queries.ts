import "server-only";
import { asc, eq } from "drizzle-orm";
import { cache } from "react";
import { getDb } from "@/db/client";
import { districtSettings, localities, officialDomains } from "@/db/schema";

export interface DistrictSettings {
  districtName: string;
  platformName: string;
  operatorContact: string;
  termsVersion: number;
}

export const getDistrictSettings = cache(async (): Promise<DistrictSettings> => {
  const [row] = await getDb()
    .select({
      districtName: districtSettings.districtName,
      platformName: districtSettings.platformName,
      operatorContact: districtSettings.operatorContact,
      termsVersion: districtSettings.termsVersion,
    })
    .from(districtSettings)
    .where(eq(districtSettings.id, 1));
  if (!row) throw new Error("District settings are missing: run `npm run db:migrate`.");
  return row;
});

export interface Locality {
  id: number;
  name: string;
}

export const listLocalities = cache(async (): Promise<Locality[]> =>
  getDb().select({ id: localities.id, name: localities.name }).from(localities).orderBy(asc(localities.sortOrder), asc(localities.name)),
);

export function emailDomain(email: string) {
  return email.slice(email.lastIndexOf("@") + 1).toLowerCase();
}

export async function isOfficialDomain(email: string): Promise<boolean> {
  const [row] = await getDb()
    .select({ domain: officialDomains.domain })
    .from(officialDomains)
    .where(eq(officialDomains.domain, emailDomain(email)));
  return Boolean(row);
}

export const listOfficialDomains = cache(async (): Promise<string[]> =>
  (await getDb().select({ domain: officialDomains.domain }).from(officialDomains).orderBy(asc(officialDomains.domain))).map((r) => r.domain),
);
