/** The report shapes the widget reads: Legit.Health's raw JSON and its FHIR DiagnosticReport. */
export const REPORT_FORMATS = ['raw', 'fhir'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the proxy serves: the two JSON shapes, and the PDF, which the widget only links to. */
export const PROXY_REPORT_FORMATS = [...REPORT_FORMATS, 'pdf'] as const;
export type ProxyReportFormat = (typeof PROXY_REPORT_FORMATS)[number];
