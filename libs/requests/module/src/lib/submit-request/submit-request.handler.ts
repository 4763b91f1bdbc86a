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
import { LegalTeam } from '../legal-team/legal-team';

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
    private readonly legalTeam: LegalTeam,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, requester, context }: SubmitRequestCommand): Promise<SubmissionAccepted> {
    const requestId = idCreatedBy(context, 'request');
    const stream = requestStreamName(requestId);
    const [earlier, requestType] = await Promise.all([
      this.executor.aggregateStream(requestDecider, stream),
      this.executor.aggregateStream(requestTypeDecider, requestTypeStreamName(input.requestTypeId)),
    ]);
    // A retry of a submission that was stored answers as the first attempt did, even if the type was retired since.
    if (earlier.state.status === 'submitted')
      return {
        id: requestId,
        reference: earlier.state.reference,
        kind: earlier.state.kind,
        revision: earlier.revision,
        position: earlier.position,
      };
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
    const reference = formatReference(
      type.details.opens,
      now.getUTCFullYear(),
      await this.references.next(`${type.details.opens}-${now.getUTCFullYear()}`),
    );
    // Whoever left the legal team since the type was set up is not told: its assignee, or its practice area's team
    // as it is now (the notices go to the admins when nobody is left).
    const assignee = type.details.defaultAssigneeId;
    const [assigneeOnTeam, practiceAreaTeam] = await Promise.all([
      assignee ? this.legalTeam.onTeam([assignee]) : Promise.resolve([]),
      this.legalTeam.onTeam(practiceArea.state.status === 'active' ? practiceArea.state.memberIds : []),
    ]);
    const data: SubmitRequestData = {
      requestId,
      reference,
      requestType: {
        requestTypeId: input.requestTypeId,
        ...type.details,
        defaultAssigneeId: assigneeOnTeam[0] ?? null,
      },
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
      practiceAreaTeam,
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
