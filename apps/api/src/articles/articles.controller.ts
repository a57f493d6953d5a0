import { Body, Controller, Get, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApplicationError, invalid, type IngestOutcome } from '@storyline/application';
import { StoryQueries } from '@storyline/projections';
import type { FastifyReply } from 'fastify';
import { id } from '../http/params';
import { IngestArticleCommand } from './ingest-article.command';

/** Rejection codes from article parsing, as HTTP statuses. */
const REJECTION_STATUS: Record<string, number> = {
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  'invalid-json': HttpStatus.BAD_REQUEST,
  'invalid-field': HttpStatus.BAD_REQUEST,
};

@ApiTags('articles')
@Controller('articles')
export class ArticlesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: StoryQueries,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ingest an article; 201 when new, 200 when it is a duplicate of one already ingested' })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['body'],
      properties: {
        body: { type: 'string' },
        title: { type: 'string' },
        url: { type: 'string' },
        source: { type: 'string', description: 'the outlet' },
        publishedAt: { type: 'string', example: '2025-03-25' },
      },
    },
  })
  @ApiResponse({ status: 413, description: 'body over the size limit' })
  @ApiResponse({ status: 422, description: 'empty body, unparsable or future date' })
  async ingest(@Body() body: unknown, @Res() res: FastifyReply): Promise<void> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('request body must be a JSON object with at least "body"');
    const outcome: IngestOutcome = await this.commands.execute(new IngestArticleCommand('article.json', JSON.stringify(body), 'api'));
    if (outcome.status === 'rejected') {
      const status = REJECTION_STATUS[outcome.errorCode ?? ''] ?? HttpStatus.UNPROCESSABLE_ENTITY;
      throw new ApplicationError(status === 413 ? 'too_large' : status === 400 ? 'invalid' : 'unprocessable', outcome.errorCode ?? 'REJECTED', outcome.error ?? 'article rejected');
    }
    const { path: _path, errorCode: _code, ...result } = outcome;
    res.status(outcome.status === 'duplicate' ? HttpStatus.OK : HttpStatus.CREATED).send(result);
  }

  @Get(':id')
  @ApiOperation({ summary: 'An ingested article: its story, outlet, date and near-duplicate link' })
  get(@Param('id') articleId: string) {
    return this.queries.article(id('article id', articleId));
  }
}
