import { Controller, Get, Param, Query, Req, Res, Sse, type MessageEvent } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { StoryQueries } from '@storyline/projections';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { noneMatch } from '../http/etag';
import { id, optionalDate, optionalInt, optionalText } from '../http/params';
import { LiveFeed, toMessage } from './live-feed';
import { StoryAnswers } from './story-answers';
import { LONG_STORY_LIMITS, MAX_LIMIT, WHOLE_STORY_ARTICLES, parseLimits } from './story-shape';

@ApiTags('stories')
@Controller('stories')
export class StoriesController {
  constructor(
    private readonly queries: StoryQueries,
    private readonly live: LiveFeed,
    private readonly answers: StoryAnswers,
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
  @ApiOperation({
    summary: 'What is known about a story: facts, sources, first reports, contradictions',
    description:
      `A story of up to ${WHOLE_STORY_ARTICLES} articles is answered whole. A longer one is summarised: the first ` +
      `${LONG_STORY_LIMITS.articles} articles in coverage order, and each fact's first ${LONG_STORY_LIMITS.sources} sources (and ` +
      'development ids) and each contradicting value\'s first article ids, in coverage order. The totals are always given ' +
      '(`articleCount`, and `sourceCount` and `developmentCount` per fact, `articleCount` per contradicting value) and ' +
      '`truncated` says whether any list was cut; first reports and corroborations count every source. `articles=` and ' +
      '`sources=` set the lengths for any story, `all` for everything. Answers carry an ETag; a request with a matching ' +
      'If-None-Match gets 304.',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'what was known at this date (YYYY[-MM[-DD]])' })
  @ApiQuery({
    name: 'articles',
    required: false,
    description: `how many articles to list, earliest first: "all" or 0-${MAX_LIMIT}; by default all, or ${LONG_STORY_LIMITS.articles} for a story of more than ${WHOLE_STORY_ARTICLES} articles`,
  })
  @ApiQuery({
    name: 'sources',
    required: false,
    description: `how many sources (and development ids) to list per fact, in coverage order: "all" or 0-${MAX_LIMIT}; by default all, or ${LONG_STORY_LIMITS.sources} for a story of more than ${WHOLE_STORY_ARTICLES} articles`,
  })
  @ApiOkResponse({ description: 'the story view, with `articleCount`, `truncated`, and `sourceCount` / `developmentCount` per fact' })
  async get(@Param('id') storyId: string, @Query() query: Record<string, unknown>, @Req() req: FastifyRequest, @Res() res: FastifyReply): Promise<void> {
    const story = id('story id', storyId);
    const date = optionalDate('asOf', query.asOf);
    const limits = parseLimits(query);
    const answer = date ? await this.answers.asOf(story, date, limits) : await this.answers.current(story, limits);
    res.header('cache-control', 'no-cache').header('etag', answer.etag);
    if (noneMatch(req.headers['if-none-match'], answer.etag)) res.status(304).send();
    else res.header('content-type', 'application/json; charset=utf-8').send(answer.body);
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

