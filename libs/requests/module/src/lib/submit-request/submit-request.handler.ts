import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@lexport/shared-ddd';
import { Attachments, CLOCK, CommandExecutor, idCreatedBy, ReferenceNumbers } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import {
  formatReference,
  formVersionMustExist,
  practiceAreaDecider,
  practiceAreaStreamName,
  requestDecider,
  requestStreamName,
  requestTypeDecider,
  requestTypeMustBeOffered,
  requestTypeStreamName,
} from '@lexport/requests-domain';
import type { SubmitRequestData } from '@lexport/requests-domain';
import type { FormDefinition, SubmissionAccepted, SubmitRequestRequest } from '@lexport/requests-published';

export class SubmitRequestCommand extends Command<SubmissionAccepted> {
  constructor(
    readonly input: SubmitRequestRequest,
    readonly requester: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The attachment ids the answers' file fields name; the decider checks the rest of their shape. */
function fileAnswerIds(form: FormDefinition, answers: Readonly<Record<string, unknown>>): string[] {
  return form.sections
    .flatMap((section) => section.fields)
    .filter((field) => field.type === 'file')
    .flatMap((field) => {
      const files = answers[field.key];
      return Array.isArray(files) ? files : [];
    })
    .map((file: unknown) => (file as { attachmentId?: unknown } | null)?.attachmentId)
    .filter((id): id is string => typeof id === 'string');
}

@CommandHandler(SubmitRequestCommand)
export class SubmitRequestHandler implements ICommandHandler<SubmitRequestCommand, SubmissionAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: ReferenceNumbers,
    private readonly attachments: Attachments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, requester, context }: SubmitRequestCommand): Promise<SubmissionAccepted> {
    const requestId = idCreatedBy(context, 'request');
    const stream = requestStreamName(requestId);
    const [earlier, requestType] = await Promise.all([
      this.executor.aggregateStream(requestDecider, stream),
      this.executor.aggregateStream(requestTypeDecider, requestTypeStreamName(input.requestTypeId)),
    ]);
    const type = requestTypeMustBeOffered(requestType.state, input.requestTypeId);
    const { form, version } = formVersionMustExist(type, input.formVersion);
    const [practiceArea, uploads] = await Promise.all([
      this.executor.aggregateStream(practiceAreaDecider, practiceAreaStreamName(type.details.practiceAreaId)),
      Promise.all(
        fileAnswerIds(form, input.answers).map((attachmentId) =>
          this.attachments.pendingUpload(attachmentId, requester.id),
        ),
      ),
    ]);
    const now = this.clock.now();
    // A retry of a submission that was stored keeps its reference; only a new one takes a number.
    const reference =
      earlier.state.status === 'submitted'
        ? earlier.state.reference
        : formatReference(
            type.details.opens,
            now.getUTCFullYear(),
            await this.references.next(`${type.details.opens}-${now.getUTCFullYear()}`),
          );
    const data: SubmitRequestData = {
      requestId,
      reference,
      requestType: { requestTypeId: input.requestTypeId, ...type.details },
      formVersion: version,
      form,
      answers: input.answers,
      uploads: uploads.flatMap((upload) =>
        upload
          ? [
              {
                attachmentId: upload.id,
                name: upload.name,
                size: upload.size,
                contentType: upload.contentType,
                sha256: upload.sha256,
                uploadedBy: upload.uploadedBy,
                uploadedAt: upload.uploadedAt,
              },
            ]
          : [],
      ),
      requester: {
        userId: requester.id,
        name: requester.name,
        email: requester.email,
        language: requester.language,
        organizationId: requester.organizationId,
      },
      practiceAreaTeam: practiceArea.state.status === 'active' ? practiceArea.state.memberIds : [],
      at: now.toISOString(),
    };
    const outcome = await this.executor.execute(requestDecider, stream, { type: 'SubmitRequest', data }, context);
    const submitted = outcome.events[0]?.data ?? { reference, kind: type.details.opens };
    return {
      id: requestId,
      reference: submitted.reference,
      kind: submitted.kind,
      revision: outcome.revision,
      position: outcome.position,
    };
  }
}
