/** Worker thread of `clio check` (bundled as dist/checkWorker.js): checks the files cli/checkFiles.ts hands it. */
import type { Workspace } from '../workspace';
import { loadWorkspace } from '../workspace';
import { checkFile, type CheckContext, type FileJob } from './checkFiles';
import { serveJobs } from './pool';

let workspace: Workspace | undefined;

serveJobs((job: FileJob, context: CheckContext) => {
  workspace ??= loadWorkspace(context.root, { extraPaths: context.extraPaths });
  return checkFile(job, workspace.dataset, context.settings);
});
