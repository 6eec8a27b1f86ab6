/** The ids of Clio's commands, as declared in package.json `contributes.commands`. */
export const INSERT_EVENT_COMMAND = 'clio.insertEvent';
export const CONVERT_DATE_COMMAND = 'clio.convertDateAtCursor';
export const SET_CONVENTION_COMMAND = 'clio.setCalendarConvention';
export const SHOW_ENTRY_COMMAND = 'clio.showDatasetEntry';
export const CHECK_WORKSPACE_COMMAND = 'clio.checkWorkspace';
export const SHOW_TIMELINE_COMMAND = 'clio.showTimeline';
export const SHOW_WORKSPACE_TIMELINE_COMMAND = 'clio.showWorkspaceTimeline';
