/** A message from the Legit.Health iframe that passed every check, in typed form. */
export type LegitMessage =
  /** The report is ready; `reportId` is its encryptedId (validated, not yet URL-encoded). */
  | { readonly type: 'analysis_completed'; readonly reportId: string }
  /** The iframe could not load: the `company` key it was given is invalid or expired. */
  | { readonly type: 'invalid_company_key'; readonly companyKey: string }
  /**
   * An image failed the quality gate. The element shape is unpublished, so the reasons are
   * plain data copies (strings, numbers, booleans, null, arrays, plain objects): render them as text.
   */
  | { readonly type: 'image_rejected'; readonly reasons: readonly unknown[] };

export type LegitMessageType = LegitMessage['type'];

/**
 * Why a message was dropped, in the order the checks run:
 * - `source`: it did not come from the known iframe's window (only when an iframe is known);
 * - `origin`: its origin is not exactly one of the allowed origins (or is `"null"`);
 * - `shape`: its data is not a Legit.Health envelope, a JSON string of one, or a bare id;
 *   or it is oversized, too deep or exotic;
 * - `id`: the envelope's id is not a base64-like string of 8..512 characters;
 * - `unknown`: a well-formed envelope from the right window and origin, with a message name
 *   this version does not know. Harmless; reported so it can be told apart from attacks.
 */
export type MessageRejectionReason = 'source' | 'origin' | 'shape' | 'id' | 'unknown';

export type GuardResult =
  | { readonly ok: true; readonly event: LegitMessage }
  | { readonly ok: false; readonly reason: MessageRejectionReason; readonly detail: string };

/** The parts of a `MessageEvent` the guard reads. A real `MessageEvent` fits. */
export interface MessageEventLike {
  readonly data: unknown;
  readonly origin: string;
  readonly source: MessageEventSource | null;
}
