import { Component, type ReactNode } from 'react';

/** The host page's own error boundary, for tests of what the widget lets through. */
export class HostBoundary extends Component<{ onCaught: (error: unknown) => void; children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onCaught(error);
  }

  override render() {
    return this.state.failed ? <p>host fallback</p> : this.props.children;
  }
}
