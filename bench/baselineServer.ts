/**
 * The bench's baseline for round trips over stdio: the least a language server built on the same library does —
 * it keeps open documents' text (incremental sync, as Clio's server does) and answers every hover with a constant.
 */
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true } }));
connection.onHover(() => ({ contents: { kind: 'markdown', value: 'baseline' } }));
documents.listen(connection);
connection.listen();
