import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, EVENT_STORE, ProjectionsService, uuidFromName } from '@lexport/shared-platform';
import type { EventStore } from '@lexport/shared-eventstore';
import { legalTeamProjection } from '../legal-team/legal-team.projection';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import {
  practiceAreaDecider,
  practiceAreaStreamName,
  requestTypeDecider,
  requestTypeStreamName,
} from '@lexport/requests-domain';
import { CreateCategoryCommand } from '../create-category/create-category.handler';
import { SubmitRequestCommand } from '../submit-request/submit-request.handler';
import { demoForms, demoPracticeAreas, demoRequestTypes, demoSubmissions } from './demo-request-types';

const demoCategories = [
  {
    name: 'Commercial contracts',
    description: 'Drafting, review and negotiation of supply, distribution and service agreements.',
  },
  { name: 'Employment', description: 'Hiring, dismissals, workplace disputes and employee policies.' },
  {
    name: 'Corporate housekeeping',
    description: 'Board minutes, share transfers, registry filings and powers of attorney.',
  },
  { name: 'Disputes and litigation', description: 'Claims, court hearings, settlements and pre-litigation letters.' },
  { name: 'Data protection', description: 'GDPR questions, data processing agreements and breach notifications.' },
  { name: 'Real estate', description: 'Leases, purchases and property disputes.' },
];

const demoUserId = (email: string) => uuidFromName(`demo-data/user/${email}`);
const system = (step: string): CommandContext => ({
  commandId: uuidFromName(`demo-data/${step}`),
  correlationId: 'demo-data',
  actor: 'system:demo-data',
});

/**
 * Demo catalogue for `npm start`: categories, practice areas, three request types with published forms, and a few
 * requests from the demo clients. Deterministic ids and command ids make seeding a second time a no-op.
 */
@Injectable()
export class RequestsDemoData {
  constructor(
    private readonly commands: CommandBus,
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async seed(): Promise<number> {
    let position = 0;
    for (const category of demoCategories) {
      const accepted = await this.commands.execute(
        new CreateCategoryCommand(
          { categoryId: uuidFromName(`demo-data/category/${category.name}`), ...category },
          system(`create-category/${category.name}`),
        ),
      );
      position = Math.max(position, accepted.position);
    }
    const at = this.clock.now().toISOString();
    for (const area of demoPracticeAreas) {
      const practiceAreaId = uuidFromName(`demo-data/practice-area/${area.key}`);
      const outcome = await this.executor.execute(
        practiceAreaDecider,
        practiceAreaStreamName(practiceAreaId),
        {
          type: 'CreatePracticeArea',
          data: { practiceAreaId, name: area.name, memberIds: area.members.map(demoUserId), at },
        },
        system(`practice-area/${area.key}`),
      );
      position = Math.max(position, outcome.position);
    }
    for (const type of demoRequestTypes) {
      const requestTypeId = uuidFromName(`demo-data/request-type/${type.key}`);
      const stream = requestTypeStreamName(requestTypeId);
      const form = demoForms.get(type.key);
      if (!form) continue;
      await this.executor.execute(
        requestTypeDecider,
        stream,
        {
          type: 'CreateRequestType',
          data: {
            requestTypeId,
            categoryId: uuidFromName(`demo-data/category/${type.category}`),
            name: type.name,
            description: type.description,
            opens: type.opens,
            practiceAreaId: uuidFromName(`demo-data/practice-area/${type.practiceArea}`),
            defaultAssigneeId: type.defaultAssignee ? demoUserId(type.defaultAssignee) : null,
            subjectField: 'subject',
            form,
            at,
          },
        },
        system(`request-type/${type.key}`),
      );
      const published = await this.executor.execute(
        requestTypeDecider,
        stream,
        { type: 'PublishForm', data: { requestTypeId, at } },
        system(`request-type/${type.key}/publish`),
      );
      position = Math.max(position, published.position);
    }
    return position;
  }

  /** Requests from the demo clients, submitted as they would submit them (after identity's demo data exists). */
  async seedSubmissions(clients: readonly AuthenticatedUser[]): Promise<void> {
    // The demo lawyers were just invited: the legal team must know them before requests are sent their way.
    await this.projections.waitForPosition([legalTeamProjection.name], await this.events.headPosition(), 10_000);
    for (const [index, submission] of demoSubmissions.entries()) {
      const requester = clients.find((client) => client.email === submission.requester);
      if (!requester) continue;
      await this.commands.execute(
        new SubmitRequestCommand(
          {
            requestTypeId: uuidFromName(`demo-data/request-type/${submission.requestType}`),
            formVersion: 1,
            answers: submission.answers,
          },
          requester,
          { ...system(`submission/${index}`), actor: requester.id },
        ),
      );
    }
  }
}
