/** Worker thread for the built server: runs compromise on one paragraph per message, off the LSP thread. */
import { parentPort } from 'node:worker_threads';
import nlp from 'compromise';
import { proposeNames, type Nlp } from './unknownPeople';

parentPort?.on('message', ({ id, text }: { id: number; text: string }) => {
  let names: ReturnType<typeof proposeNames> = [];
  try {
    names = proposeNames(nlp as unknown as Nlp, text);
  } catch {
    // A paragraph compromise cannot handle yields no hints.
  }
  parentPort?.postMessage({ id, names });
});
