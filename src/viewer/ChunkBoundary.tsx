import { Component, type ReactNode } from 'react';
import type { LegitReportError } from '../fetching/errors';
import { isChunkLoadError } from './chunks/chunk-error';
import { retryFailedChunks } from './chunks/retryable-lazy';
import { ErrorState } from './StateViews';

interface ChunkBoundaryProps {
  /** A chunk that failed outside render (the labels): shown like one that failed inside. */
  failed?: boolean;
  /** Also called by Retry, for what failed outside render. */
  onRetry?: () => void;
  onError?: (error: LegitReportError) => void;
  children: ReactNode;
}

/**
 * Inside the frame: a lazily loaded part of the widget that cannot be fetched becomes the
 * error state (CHUNK_LOAD_FAILED) with a Retry that imports it again, never an error in the
 * host's React tree. Any other error is not this boundary's to hide, and goes on up.
 */
export class ChunkBoundary extends Component<ChunkBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown) {
    if (isChunkLoadError(error)) this.props.onError?.(error);
  }

  private readonly retry = () => {
    retryFailedChunks();
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error !== null && !isChunkLoadError(error)) throw error;
    if (error !== null || this.props.failed) return <ErrorState code="CHUNK_LOAD_FAILED" onRetry={this.retry} />;
    return this.props.children;
  }
}
