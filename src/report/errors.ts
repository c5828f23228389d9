/** The report JSON lacks something every report must have, or is not a report at all. */
export class ReportParseError extends Error {
  override readonly name = 'ReportParseError';
  constructor(
    /** JSON path of the offending value, e.g. `data.result`. */
    readonly path: string,
    /** What was expected there, e.g. "an object". */
    readonly expected: string,
  ) {
    super(`${path || '(root)'}: expected ${expected}`);
  }
}

/** The S2S envelope said `success: false`. */
export class ReportEnvelopeError extends Error {
  override readonly name = 'ReportEnvelopeError';
  constructor(
    readonly errorCode: string | null,
    readonly upstreamMessage: string | null,
  ) {
    super(
      `Legit.Health reported an error${errorCode ? ` (${errorCode})` : ''}${upstreamMessage ? `: ${upstreamMessage}` : ''}`,
    );
  }
}
