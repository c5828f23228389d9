import { useViewer } from './viewer-settings';

/** An element id unique to this widget instance (read by the report's sections, so it loads with them). */
export const useViewerId = (name: string): string => `${useViewer().idPrefix}-${name}`;
