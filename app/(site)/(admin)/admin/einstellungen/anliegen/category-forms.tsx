"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormStatus } from "@/components/forms/form-status";
import { useActionForm } from "@/components/forms/use-action-form";
import { useFieldErrorMessage } from "@/components/forms/use-field-error-message";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { addCategoryAction, removeCategoryAction, updateCategoryAction } from "@/lib/concerns/configuration-actions";
import { categoryFormSchema, categoryIdSchema, updateCategorySchema } from "@/lib/concerns/schemas";

type DepartmentOption = { id: number; name: string };

function DepartmentSelect({ departments, ...props }: { departments: DepartmentOption[] } & React.ComponentProps<typeof SelectField>) {
  const t = useTranslations("concerns.settings");
  return (
    <SelectField {...props}>
      <option value="">{t("departmentPlaceholder")}</option>
      {departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </SelectField>
  );
}

export function AddCategoryForm({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations("concerns.settings");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: categoryFormSchema,
    action: addCategoryAction,
    defaultValues: { name: "", departmentId: "" as never },
    onSuccess: () => {
      form.reset({ name: "", departmentId: "" as never });
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField label={t("categoryName")} error={message(form.formState.errors.name?.message)} {...form.register("name")} />
      <DepartmentSelect label={t("department")} departments={departments} error={message(form.formState.errors.departmentId?.message)} {...form.register("departmentId")} />
      <div>
        <Button type="submit" pending={pending} className="min-h-11">
          {t("add")}
        </Button>
      </div>
      <FormStatus status={status} success={t("added")} />
    </form>
  );
}

export function CategoryRow({ category, departments }: { category: { id: number; name: string; departmentId: number | null }; departments: DepartmentOption[] }) {
  const t = useTranslations("concerns.settings");
  const message = useFieldErrorMessage("concerns");
  const router = useRouter();
  const { form, onSubmit, status, pending } = useActionForm({
    schema: updateCategorySchema,
    action: updateCategoryAction,
    defaultValues: { id: category.id, name: category.name, departmentId: (category.departmentId ?? "") as never },
    onSuccess: () => router.refresh(),
  });
  const remove = useActionForm({ schema: categoryIdSchema, action: removeCategoryAction, defaultValues: { id: category.id }, onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-col gap-3">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <TextField label={t("categoryName")} error={message(form.formState.errors.name?.message)} {...form.register("name")} />
        <DepartmentSelect label={t("departmentFor", { name: category.name })} departments={departments} error={message(form.formState.errors.departmentId?.message)} {...form.register("departmentId")} />
        <div>
          <Button type="submit" pending={pending} className="min-h-11" aria-label={t("saveLabel", { name: category.name })}>
            {t("save")}
          </Button>
        </div>
        <FormStatus status={status} success={t("saved")} />
      </form>
      <form onSubmit={remove.onSubmit} noValidate className="flex flex-col gap-2">
        <div>
          <Button type="submit" variant="secondary" pending={remove.pending} className="min-h-11" aria-label={t("removeLabel", { name: category.name })}>
            {t("remove")}
          </Button>
        </div>
        {remove.form.formState.errors.id?.message && <p className="text-sm font-medium text-red-800">{message(remove.form.formState.errors.id.message)}</p>}
        <FormStatus status={remove.status} />
      </form>
    </div>
  );
}
