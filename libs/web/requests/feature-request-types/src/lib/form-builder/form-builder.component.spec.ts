import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component, computed, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideTranslocoScope, TranslocoTestingModule } from '@jsverse/transloco';
import { formDefinition } from '@lexport/requests-published';
import { requestsScope, requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { builderIssues } from './builder-issues';
import { fromDefinition, toDefinition } from './builder-model';
import type { BuilderForm } from './builder-model';
import { FormBuilderComponent } from './form-builder.component';

const draft = formDefinition.parse({
  sections: [
    {
      key: 'details',
      title: { en: 'Details', fr: 'Détails' },
      fields: [
        { type: 'short-text', key: 'subject', label: { en: 'Subject', fr: 'Objet' }, required: true },
        { type: 'long-text', key: 'story', label: { en: 'What happened', fr: 'Les faits' }, required: false },
      ],
    },
  ],
});

@Component({
  selector: 'lex-builder-host',
  imports: [FormBuilderComponent],
  providers: [provideTranslocoScope(requestsScope)],
  template: `<lex-form-builder [(form)]="form" [issues]="issues()" />`,
})
class BuilderHostComponent {
  readonly form = signal<BuilderForm>(fromDefinition(draft));
  readonly issues = computed(() => builderIssues(toDefinition(this.form())));
}

describe('the form builder', () => {
  let fixture: ComponentFixture<BuilderHostComponent>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;

  const definition = () => toDefinition(fixture.componentInstance.form());
  const keys = () => definition().sections.flatMap((section) => section.fields.map((field) => field.key));
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const button = (label: string) => loader.getHarness(MatButtonHarness.with({ selector: `[aria-label="${label}"]` }));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        BuilderHostComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideZonelessChangeDetection(), provideNoopAnimations()],
    });
    fixture = TestBed.createComponent(BuilderHostComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  it('adds a field of the type chosen from the menu and opens its settings with the focus on its label', async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: /Add a field/ }))).click();
    const menu = await documentLoader.getHarness(MatMenuHarness);
    await menu.clickItem({ text: /Single choice/ });
    await fixture.whenStable();

    expect(keys()).toEqual(['subject', 'story', 'singleSelect']);
    expect(document.activeElement?.id).toMatch(/-label-en$/);
    const label = await loader.getHarness(MatInputHarness.with({ selector: '[id$="-label-en"]' }));
    await label.setValue('Kind of dispute');
    expect(definition().sections[0]?.fields[2]?.label.en).toBe('Kind of dispute');
    // A choice without options cannot be published: the builder says so beside the field.
    expect(text()).toContain('Add at least one option.');
  });

  it('moves a field with the keyboard buttons, keeps the focus on it and announces where it went', async () => {
    const announce = jest.spyOn(TestBed.inject(LiveAnnouncer), 'announce');
    await (await button('Move “What happened” up')).click();
    await fixture.whenStable();

    expect(keys()).toEqual(['story', 'subject']);
    expect(announce).toHaveBeenCalledWith('“What happened” moved to position 1 of 2 in “Details”', 'polite');
    // At the top the "up" button is disabled: the focus moves to "down" rather than getting lost.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move “What happened” down');
    expect(await (await button('Move “What happened” up')).isDisabled()).toBe(true);
  });

  it('shows a definition issue beside the field it concerns and in the summary', async () => {
    const label = { en: 'Second subject', fr: 'Second objet' };
    fixture.componentInstance.form.set(
      fromDefinition({
        sections: [
          {
            ...draft.sections[0]!,
            fields: [...draft.sections[0]!.fields, { ...draft.sections[0]!.fields[0]!, label }],
          },
        ],
      }),
    );
    await fixture.whenStable();

    const message = 'The key “subject” is used more than once: each section and each field needs its own.';
    const field = (fixture.nativeElement as HTMLElement).querySelectorAll('.field')[2] as HTMLElement;
    expect(field.querySelector('.field-issues')?.textContent).toContain(message);
    expect(text()).toContain('To fix before publishing: 1');

    const link = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('.summary-link');
    expect(link?.textContent).toContain(message);
    link?.click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toMatch(/-key$/);
  });

  it('removes a field and brings it back on undo', async () => {
    await (await button('Remove “Subject”')).click();
    expect(keys()).toEqual(['story']);
    const snackBar = await documentLoader.getHarness(MatSnackBarHarness);
    expect(await snackBar.getMessage()).toBe('Field “Subject” removed');
    await snackBar.dismissWithAction();
    await fixture.whenStable();
    expect(keys()).toEqual(['subject', 'story']);
  });
});
