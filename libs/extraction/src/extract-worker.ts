/** Entry point of an extraction thread (see pool.ts): `extract` run off the caller's event loop. */
import * as workerpool from 'workerpool';
import { extract } from './extract';

workerpool.worker({ extract });
