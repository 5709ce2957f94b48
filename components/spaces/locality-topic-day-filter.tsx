import { FilterForm } from "@/components/forms/filter-form";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

interface Choice {
  id: number;
  slug: string;
  name: string;
}

/**
 * The filter of the district-wide lists of spaces' shifts and events: locality, topic and a first day
 * (`?ortsteil=<slug>&thema=<slug>&datum=2026-12-07`), as a GET form that keeps the chosen values.
 */
export function LocalityTopicDayFilter({
  action,
  localities,
  topics,
  selected,
  labels,
}: {
  action: string;
  localities: Choice[];
  topics: Choice[];
  selected: { ortsteil?: string; thema?: string; datum?: string };
  labels: { locality: string; allLocalities: string; topic: string; allTopics: string; from: string; filter: string };
}) {
  return (
    <FilterForm key={`${selected.ortsteil ?? ""}|${selected.thema ?? ""}|${selected.datum ?? ""}`} action={action} className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
      <div className="sm:w-56">
        <SelectField label={labels.locality} name="ortsteil" defaultValue={selected.ortsteil ?? ""}>
          <option value="">{labels.allLocalities}</option>
          {localities.map((l) => (
            <option key={l.id} value={l.slug}>
              {l.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="sm:w-56">
        <SelectField label={labels.topic} name="thema" defaultValue={selected.thema ?? ""}>
          <option value="">{labels.allTopics}</option>
          {topics.map((l) => (
            <option key={l.id} value={l.slug}>
              {l.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="sm:w-48">
        <TextField type="date" label={labels.from} name="datum" defaultValue={selected.datum ?? ""} />
      </div>
      <div>
        <Button type="submit" className="min-h-11">
          {labels.filter}
        </Button>
      </div>
    </FilterForm>
  );
}

/** The filter's labels, from a list's own messages (they have these six keys). */
export const filterLabels = (t: (key: "locality" | "allLocalities" | "topic" | "allTopics" | "from" | "filter") => string) => ({
  locality: t("locality"),
  allLocalities: t("allLocalities"),
  topic: t("topic"),
  allTopics: t("allTopics"),
  from: t("from"),
  filter: t("filter"),
});
