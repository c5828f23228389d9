// `legit-report-viewer/parser`: the parser, its errors, the code key and the model types, for
// hosts that parse reports themselves (on a server too: nothing here touches React or the DOM).
// The viewer loads the same module on demand, so its errors are the same classes.
export { parseDiagnosticReport, type ParseOptions } from './parse';
export type { UrlPolicy } from './url-policy';
export { ReportEnvelopeError, ReportParseError } from './errors';
export { codeKey } from './codes';
export type * from './model';
