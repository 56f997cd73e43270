import type { ViewState } from './state.js';

/** What a view gets: the state it shows and a way to move to another state. */
export interface ViewContext {
  state: ViewState;
  /** The date range with open ends filled from the data (for charts, which need both ends). */
  span: { from: string; to: string };
  navigate(patch: Partial<ViewState>): void;
  /** A link that opens a state, for anchors that also work with "open in new tab". */
  href(patch: Partial<ViewState>): string;
}

export interface RenderedView {
  element: HTMLElement;
  /** Stops timers and frees canvases when the view is left. */
  dispose?(): void;
}

export type View = (ctx: ViewContext) => Promise<RenderedView>;
