export { ATTACHMENT_UPLOADER } from './lib/attachment-uploader';
export type { AttachmentUploadEvent, AttachmentUploader, UploadedAttachment } from './lib/attachment-uploader';
export { RequestFormComponent } from './lib/request-form.component';
