export { emailDeliveryMustBeChosen, loadConfig, ConfigurationError } from './lib/config';
export type { LexportConfig } from './lib/config';
export { CLOCK, EVENT_STORE, ID_GENERATOR, LEXPORT_CONFIG, READ_STORE } from './lib/tokens';
export {
  CommandMetadata,
  commandContextFrom,
  followUpOf,
  idCreatedBy,
  idempotencyKeyPattern,
  uuidFromName,
} from './lib/command-context';
export type { CommandContext } from './lib/command-context';
export { CommandExecutor, workflowSender } from './lib/command-executor';
export type { AggregateStream, CommandOutcome, DomainEvent, ExecuteOptions } from './lib/command-executor';
export { ProblemDetailsFilter, problem, fieldErrorsOf } from './lib/problem-details.filter';
export { ProjectionsService } from './lib/projections.service';
export { ReadsProjections, ReadYourWritesInterceptor } from './lib/read-your-writes.interceptor';
export { PlatformModule, registerEventSourcing, UPCASTERS } from './lib/platform.module';
export type { PlatformOptions } from './lib/platform.module';
export { createOpenApiDocument, serveOpenApi } from './lib/openapi';
export { apiPrefix, configureApplication } from './lib/application';
export { OperatorGuard } from './lib/operator.guard';
export { TokenSigner } from './lib/token-signer';
export { CurrentUser, Public, publicAccessKey, RequireRoles, requiredRolesKey } from './lib/access';
export type { AccessRole, AuthenticatedUser } from './lib/access';
export { IdempotencyInterceptor, idempotencyKeysCollection } from './lib/idempotency.interceptor';
export { claimWithTakeover } from './lib/claim-with-takeover';
export type { ClaimWithTakeover } from './lib/claim-with-takeover';
export { requestFingerprint } from './lib/request-fingerprint';
export { ReferenceNumbers, referenceBlocksCollection } from './lib/reference-numbers';
export { Attachments, attachmentUploadsCollection, BLOB_STORE } from './lib/attachments/attachments';
export type { AttachmentFile, PendingUpload, UploadedAttachment } from './lib/attachments/attachments';
export { fileNameHeader } from './lib/attachments/attachments.controller';
export { attachmentContentTypes } from './lib/attachments/content-type';
export type { AttachmentContentType } from './lib/attachments/content-type';
export { cleanFileName } from './lib/attachments/file-name';
