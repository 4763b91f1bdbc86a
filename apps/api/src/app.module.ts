import { existsSync } from 'node:fs';
import { Module } from '@nestjs/common';
import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import { PlatformModule } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { Clock } from '@lexport/shared-ddd';
import { identityEmails, identityInAppNotices, IdentityModule } from '@lexport/identity-module';
import { NotificationsModule } from '@lexport/notifications-module';
import { requestsEmails, requestsInAppNotices, RequestsModule } from '@lexport/requests-module';
import { mattersEmails, mattersInAppNotices, MattersModule } from '@lexport/matters-module';

@Module({})
export class AppModule {
  /** `clock` is for tests that need time to pass (link and session expiry); the portal runs on the system clock. */
  static forRoot(config: LexportConfig, clock?: Clock): DynamicModule {
    const web = existsSync(config.webDist)
      ? [
          ServeStaticModule.forRoot({
            rootPath: config.webDist,
            exclude: ['/api{/*path}'],
            serveStaticOptions: { maxAge: '1h', index: 'index.html' },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ config, ...(clock ? { clock } : {}) }),
        IdentityModule,
        NotificationsModule.forRoot({
          emails: [
            (signer, settings) => identityEmails(signer, settings.publicUrl),
            (_signer, settings) => requestsEmails(settings.publicUrl),
            (_signer, settings) => mattersEmails(settings.publicUrl),
          ],
          inApp: [identityInAppNotices, requestsInAppNotices, mattersInAppNotices],
        }),
        RequestsModule,
        MattersModule,
        ...web,
      ],
    };
  }
}
