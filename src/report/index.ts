/** The report module's public API: the parser, its errors, the code key, the model types. */
export { parseDiagnosticReport, type ParseOptions } from './parse';
export type { UrlPolicy } from './url-policy';
export { ReportEnvelopeError, ReportParseError } from './errors';
export { codeKey } from './codes';
export type {
  AnamnesisAnswer,
  AnnotatedMedia,
  BodySite,
  Conclusion,
  DiagnosticReport,
  Facet,
  FindingName,
  JsonValue,
  Media,
  Observation,
  ParseWarning,
  Pathology,
  Percentage,
  PerformanceMetrics,
  PreliminaryFindings,
  ReportLinks,
  ReportSource,
  ScoringSystem,
  Severity,
  SeverityBand,
} from './model';
