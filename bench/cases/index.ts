import type { BenchCase } from '../lib/types';
import { eventStoreCases } from './event-store';
import { pipelineCases } from './pipeline';

/** Every benchmark case, in run order. Add a file in bench/cases/ and list its cases here. */
export const cases: BenchCase[] = [...eventStoreCases, ...pipelineCases];
