import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { uuidFromName } from '@lexport/shared-platform';
import { CreateCategoryCommand } from '../create-category/create-category.handler';

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

/** Demo catalogue for `npm start`; deterministic ids make seeding a second time a no-op. */
@Injectable()
export class RequestsDemoData {
  constructor(private readonly commands: CommandBus) {}

  async seed(): Promise<number> {
    let position = 0;
    for (const category of demoCategories) {
      const commandId = uuidFromName(`demo-data/create-category/${category.name}`);
      const categoryId = uuidFromName(`demo-data/category/${category.name}`);
      const accepted = await this.commands.execute(
        new CreateCategoryCommand(
          { categoryId, ...category },
          { commandId, correlationId: 'demo-data', actor: 'system:demo-data' },
        ),
      );
      position = Math.max(position, accepted.position);
    }
    return position;
  }
}
