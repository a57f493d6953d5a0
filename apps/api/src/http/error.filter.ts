import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApplicationError, type ErrorKind } from '@storyline/application';
import { StoryDomainError } from '@storyline/domain';
import { StoreError } from '@storyline/event-store';

const STATUS: Record<ErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Store errors are about the request's data, except a version conflict. */
const storeStatus = (code: string): number =>
  code === 'WRONG_EXPECTED_VERSION' ? HttpStatus.CONFLICT : code === 'EVENT_TOO_LARGE' ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNPROCESSABLE_ENTITY;

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** The one place where domain and application errors become HTTP statuses. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    this.adapterHost.httpAdapter.reply(host.switchToHttp().getResponse(), body, body.statusCode);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof ApplicationError) {
      return { statusCode: STATUS[exception.kind], error: exception.code, message: exception.message, details: exception.details };
    }
    if (exception instanceof StoryDomainError) {
      return { statusCode: STATUS[exception.kind], error: exception.code, message: exception.message };
    }
    if (exception instanceof StoreError) {
      return { statusCode: storeStatus(exception.code), error: exception.code, message: exception.message };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      const message =
        typeof res === 'string' ? res : Array.isArray((res as { message?: unknown }).message) ? ((res as { message: string[] }).message.join('; ')) : String((res as { message?: unknown }).message ?? exception.message);
      return { statusCode: status, error: HttpStatus[status] ?? 'ERROR', message };
    }
    // Errors of the HTTP server itself (an unreadable request) carry their 4xx status.
    const serverError = exception as { statusCode?: number; message?: string };
    if (typeof serverError?.statusCode === 'number' && serverError.statusCode >= 400 && serverError.statusCode < 500) {
      return { statusCode: serverError.statusCode, error: HttpStatus[serverError.statusCode] ?? 'BAD_REQUEST', message: serverError.message ?? 'bad request' };
    }
    return { statusCode: 500, error: 'INTERNAL', message: 'internal error' };
  }
}
