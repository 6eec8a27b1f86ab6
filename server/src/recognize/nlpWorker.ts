/** Worker thread for the built server: runs compromise on one paragraph per message, off the LSP thread. */
import { parentPort } from 'node:worker_threads';
import nlp from 'compromise';
import { proposeNames, type Nlp } from './unknownPeople';

// Messages are pairs [id, payload] (unknownPeople.ts says why).
parentPort?.on('message', ([id, text]: [number, string]) => {
  let names: ReturnType<typeof proposeNames> = [];
  try {
    names = proposeNames(nlp as unknown as Nlp, text);
  } catch {
    // A paragraph compromise cannot handle yields no hints.
  }
  parentPort?.postMessage([id, names]);
});
