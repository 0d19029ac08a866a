/** Page-side pieces every site adapter shares (Gmail, LinkedIn). Nothing here knows a site's DOM. */
export { coalesceToFrame } from './coalesceToFrame';
export { parseFromSidebar } from './fromSidebar';
export {
  clearHighlights,
  HIGHLIGHT_STATUSES,
  highlightName,
  highlightsSupported,
  selectSpan,
  setHighlights,
  type HighlightStatus,
} from './highlights';
export { mountSidebar, type MountOptions, type SidebarFrame } from './mountSidebar';
export {
  placeSidebar,
  SIDEBAR_SIZE,
  type Placement,
  type RectLike,
  type Viewport,
} from './placement';
export {
  closestAny,
  inDocumentOrder,
  matchesAny,
  queryFallback,
  queryFirst,
  queryUnion,
} from './query';
export { errorKind, safe, type FailureReport } from './safe';
export {
  buildTextMap,
  locateSpan,
  rangeForSpan,
  type TextMap,
  type TextMapOptions,
  type TextPoint,
  type TextSegment,
  type TextSpan,
} from './textMap';
