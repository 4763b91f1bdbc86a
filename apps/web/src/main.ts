import { bootstrapApplication } from '@angular/platform-browser';
import * as z from 'zod';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

// zod probes for `new Function` to compile faster; the Content-Security-Policy forbids eval, so tell it not to try.
z.config({ jitless: true });

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
