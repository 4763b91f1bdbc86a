import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { identityTexts } from '@lexport/web-identity-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { NewPasswordFieldsComponent, newPasswordForm, readyToSend } from './new-password-fields.component';

@Component({
  imports: [ReactiveFormsModule, NewPasswordFieldsComponent],
  template: `<form [formGroup]="form"><lex-new-password-fields [form]="form" /></form>`,
})
class HostComponent {
  readonly form = newPasswordForm();
}

describe('the new-password fields', () => {
  let host: HostComponent;
  let loader: HarnessLoader;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        HostComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'identity/en': identityTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideZonelessChangeDetection(), provideNoopAnimations()],
    });
    const fixture = TestBed.createComponent(HostComponent);
    host = fixture.componentInstance;
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (name: 'password' | 'confirmation') =>
    loader.getHarness(MatInputHarness.with({ selector: `[formControlName=${name}]` }));

  it('asks for a password of at least twelve characters, typed twice, for a password manager to fill', async () => {
    expect(await (await field('New password')).getTextHints()).toEqual([
      'At least 12 characters; a few unrelated words work well.',
    ]);
    expect(await (await input('password')).getType()).toBe('password');
    expect(await (await input('confirmation')).getType()).toBe('password');
  });

  it('asks for the password when nothing was typed', async () => {
    expect(readyToSend(host.form)).toBe(false);
    expect(await (await field('New password')).getTextErrors()).toEqual(['Choose a password.']);
  });

  it('says what is wrong once the person tries to send', async () => {
    await (await input('password')).setValue('short');
    await (await input('confirmation')).setValue('shorter');
    expect(readyToSend(host.form)).toBe(false);
    expect(await (await field('New password')).getTextErrors()).toEqual(['The password needs at least 12 characters.']);
    expect(await (await field('Type it again')).getTextErrors()).toEqual(['The two passwords are not the same.']);
  });

  it('lets a long password typed twice be sent', async () => {
    await (await input('password')).setValue('correct horse battery staple');
    await (await input('confirmation')).setValue('correct horse battery staple');
    expect(readyToSend(host.form)).toBe(true);
    expect(await (await field('New password')).getTextErrors()).toEqual([]);
  });
});
