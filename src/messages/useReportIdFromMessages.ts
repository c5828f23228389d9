import { useState } from 'react';
import { useLegitMessages } from './useLegitMessages';
import type { UseLegitMessagesOptions } from './useLegitMessages';

/**
 * The id of the latest report the Legit.Health iframe announced, or `null` before any.
 * Last one wins; a repeated id leaves the value (and anything keyed on it, like a fetch)
 * untouched. All options and callbacks behave as in `useLegitMessages`: callbacks see every
 * accepted message, including repeats.
 */
export function useReportIdFromMessages(options: UseLegitMessagesOptions): string | null {
  const [reportId, setReportId] = useState<string | null>(null);
  const { onAnalysisCompleted } = options;
  useLegitMessages({
    ...options,
    // Inline on purpose: useLegitMessages reads callbacks from a ref, so this never re-subscribes.
    onAnalysisCompleted: (id) => {
      // Setting the same string again is a no-op: React bails out of the re-render.
      setReportId(id);
      onAnalysisCompleted?.(id);
    },
  });
  return reportId;
}
