import { FormControl, FormGroup, Validators } from '@angular/forms';
import { openableKinds } from '@lexport/requests-published';
import type { ChangeRequestTypeRequest, RequestTypeSummary } from '@lexport/requests-published';

export type OpenableKind = (typeof openableKinds)[number];

/** Keep in sync with `localizedName` and `localizedDescription` in the published language. */
export const detailsLimits = { name: { min: 2, max: 120 }, description: 1000 } as const;

const nameControl = (value: string) =>
  new FormControl(value, {
    nonNullable: true,
    validators: [
      Validators.required,
      Validators.minLength(detailsLimits.name.min),
      Validators.maxLength(detailsLimits.name.max),
    ],
  });
const descriptionControl = (value: string) =>
  new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(detailsLimits.description)] });

/** A request type's details as a form whose control paths are the API's field names (`name.en`), for its errors. */
export function detailsForm(type?: RequestTypeSummary) {
  const opens: OpenableKind = (openableKinds as readonly string[]).includes(type?.opens ?? '')
    ? (type?.opens as OpenableKind)
    : 'matter';
  return new FormGroup({
    categoryId: new FormControl(type?.categoryId ?? '', { nonNullable: true, validators: [Validators.required] }),
    name: new FormGroup({ en: nameControl(type?.name.en ?? ''), fr: nameControl(type?.name.fr ?? '') }),
    description: new FormGroup({
      en: descriptionControl(type?.description.en ?? ''),
      fr: descriptionControl(type?.description.fr ?? ''),
    }),
    opens: new FormControl<OpenableKind>(opens, { nonNullable: true }),
    practiceAreaId: new FormControl(type?.practiceAreaId ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    defaultAssigneeId: new FormControl<string | null>(type?.defaultAssigneeId ?? null),
    subjectField: new FormControl<string | null>(type?.subjectField ?? null),
  });
}

export type DetailsForm = ReturnType<typeof detailsForm>;

/** What the API takes, texts trimmed as the server would. */
export function detailsOf(form: DetailsForm): ChangeRequestTypeRequest {
  const value = form.getRawValue();
  return {
    categoryId: value.categoryId,
    name: { en: value.name.en.trim(), fr: value.name.fr.trim() },
    description: { en: value.description.en.trim(), fr: value.description.fr.trim() },
    opens: value.opens,
    practiceAreaId: value.practiceAreaId,
    defaultAssigneeId: value.defaultAssigneeId || null,
    subjectField: value.subjectField || null,
  };
}
