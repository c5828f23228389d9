import { Component, type ReactNode } from 'react';

interface ConfigBoundaryProps {
  onError(error: Error): void;
  children: ReactNode;
}

/**
 * A configuration the components refuse (they throw `LegitConfigError` while rendering, e.g.
 * for `allowed-origins="*"`) shows a short notice in place of the widget, and the element
 * reports it, instead of leaving an empty box. Nothing listens or fetches meanwhile. The
 * element gives the boundary a new key on its next render, so a corrected setting retries.
 */
export class ConfigBoundary extends Component<ConfigBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: asError(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(asError(error));
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <p className="lrv-element-error" role="alert">
        This widget cannot start: {this.state.error.message}
      </p>
    );
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
