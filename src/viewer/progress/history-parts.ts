// The Progress section and the image comparison share the fetching of the earlier reports:
// one chunk holds both, so that nothing of theirs is shared with another chunk.
export { ProgressSection } from './ProgressSection';
export { ImageComparison } from '../compare/ImageComparison';
