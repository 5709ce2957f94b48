"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import type { Locality } from "@/lib/district/queries";
import { SelectField } from "../ui/field";

type Props = ComponentProps<typeof SelectField> & { localities: Locality[] };

export function LocalitySelect({ localities, ...props }: Props) {
  const t = useTranslations("auth.profile");
  return (
    <SelectField {...props}>
      <option value="">{t("localityPlaceholder")}</option>
      {localities.map((l) => (
        <option key={l.id} value={l.id}>
          {l.name}
        </option>
      ))}
    </SelectField>
  );
}
