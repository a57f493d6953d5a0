import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IngestOutcome } from '@storyline/application';
import { Storyline } from '@storyline/core';

export class IngestArticleCommand {
  constructor(
    readonly name: string,
    readonly content: string,
    readonly actor: string,
  ) {}
}

@CommandHandler(IngestArticleCommand)
export class IngestArticleHandler implements ICommandHandler<IngestArticleCommand, IngestOutcome> {
  constructor(private readonly storyline: Storyline) {}

  execute(command: IngestArticleCommand): Promise<IngestOutcome> {
    return this.storyline.ingest({ name: command.name, content: command.content, path: null }, { metadata: { actor: command.actor } });
  }
}
