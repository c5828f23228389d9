import { Component, type ReactNode } from 'react';
import { isChunkLoadError } from '../chunks/chunk-error';
import { retryFailedChunks } from '../chunks/retryable-lazy';

interface PartBoundaryProps {
  /** What stands in the part's place while its chunk cannot be loaded; `retry` imports it again. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Around one optional part of the report (the Progress section, the body map): a chunk of it
 * that cannot be loaded takes only its own place, never the report on screen. Any other error
 * is not this boundary's to hide, and goes on up.
 */
export class PartBoundary extends Component<PartBoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  private readonly retry = () => {
    retryFailedChunks();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return this.props.fallback(this.retry);
  }
}
