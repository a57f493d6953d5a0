import { Controller, Get, Header, Param, Query, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { StoryQueries } from '@storyline/projections';
import type { Observable } from 'rxjs';
import { id, optionalDate, optionalInt, optionalText } from '../http/params';
import { LiveFeed, toMessage } from './live-feed';

@ApiTags('stories')
@Controller('stories')
export class StoriesController {
  constructor(
    private readonly queries: StoryQueries,
    private readonly live: LiveFeed,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List and search stories, most recently covered first' })
  @ApiQuery({ name: 'q', required: false, description: 'words in the title, people, organisations or facts' })
  @ApiQuery({ name: 'person', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'covered on or after (YYYY[-MM[-DD]])' })
  @ApiQuery({ name: 'to', required: false, description: 'covered on or before (YYYY[-MM[-DD]])' })
  @ApiQuery({ name: 'limit', required: false, description: '1-200, default 50' })
  @ApiQuery({ name: 'offset', required: false })
  list(@Query() query: Record<string, unknown>) {
    return this.queries.list({
      q: optionalText('q', query.q),
      person: optionalText('person', query.person),
      from: optionalDate('from', query.from),
      to: optionalDate('to', query.to),
      limit: optionalInt('limit', query.limit, { min: 1, max: 200 }) ?? 50,
      offset: optionalInt('offset', query.offset, { min: 0, max: 1_000_000 }) ?? 0,
    });
  }

  @Sse('stream')
  @ApiOperation({ summary: 'Server-sent events: every story event as it is recorded' })
  streamAll(): Observable<MessageEvent> {
    return this.live.updates().pipe(toMessage);
  }

  @Get(':id')
  @Header('content-type', 'application/json; charset=utf-8')
  @ApiOperation({ summary: 'What is known about a story: facts, sources, first reports, contradictions' })
  @ApiQuery({ name: 'asOf', required: false, description: 'what was known at this date (YYYY[-MM[-DD]])' })
  async get(@Param('id') storyId: string, @Query('asOf') asOf?: string): Promise<string> {
    const date = optionalDate('asOf', asOf);
    if (date) return this.queries.stateAsOfJson(id('story id', storyId), date);
    return this.queries.stateJson(id('story id', storyId));
  }

  @Get(':id/changelog')
  @ApiOperation({ summary: 'How coverage evolved, in coverage order; since= returns only what changed after a cursor' })
  @ApiQuery({ name: 'since', required: false, description: 'the cursor of an earlier answer' })
  changelog(@Param('id') storyId: string, @Query('since') since?: string) {
    return this.queries.changelog(id('story id', storyId), optionalInt('since', since, { min: 0, max: Number.MAX_SAFE_INTEGER }) ?? 0);
  }

  @Get(':id/events')
  @ApiOperation({ summary: "The story's events from the log, in stream order" })
  @ApiQuery({ name: 'from', required: false, description: 'first stream version (default 1)' })
  @ApiQuery({ name: 'limit', required: false, description: '1-1000, default 1000' })
  async events(@Param('id') storyId: string, @Query('from') from?: string, @Query('limit') limit?: string) {
    const events = await this.queries.events(id('story id', storyId), {
      from: optionalInt('from', from, { min: 1, max: 2 ** 31 - 1 }),
      limit: optionalInt('limit', limit, { min: 1, max: 1000 }) ?? 1000,
    });
    return { storyId, events: events.map((e) => ({ version: e.streamVersion, position: e.position, type: e.type, data: e.data, recordedAt: e.recordedAt })) };
  }

  @Sse(':id/stream')
  @ApiOperation({ summary: "Server-sent events: this story's events as they are recorded" })
  stream(@Param('id') storyId: string): Observable<MessageEvent> {
    return this.live.updates(id('story id', storyId)).pipe(toMessage);
  }
}
