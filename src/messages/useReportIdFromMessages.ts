import { useRef, useState } from 'react';
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
  // Written only from the message callback. Skipping setState for a repeat avoids even the
  // extra render React may do before it bails out on an equal value.
  const lastId = useRef<string | null>(null);
  const { onAnalysisCompleted } = options;
  useLegitMessages({
    ...options,
    // Inline on purpose: useLegitMessages reads callbacks from a ref, so this never re-subscribes.
    onAnalysisCompleted: (id) => {
      if (lastId.current !== id) {
        lastId.current = id;
        setReportId(id);
      }
      onAnalysisCompleted?.(id);
    },
  });
  return reportId;
}
