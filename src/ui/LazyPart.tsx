import { Component, Suspense, type ReactNode } from 'react';
import { useStrings } from './i18n';

class Boundary extends Component<{ children: ReactNode; failed: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.failed : this.props.children;
  }
}

/**
 * A part of the page loaded on demand. If its code cannot be fetched (offline after an update, a
 * redeploy) or fails to start, only this part gives way to `failed`; the rest of the app goes on.
 */
export function LazyPart({
  children,
  fallback = null,
  failed = <PartFailed />,
}: {
  children: ReactNode;
  fallback?: ReactNode;
  failed?: ReactNode;
}) {
  return (
    <Boundary failed={failed}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </Boundary>
  );
}

/** What stands in for a part that could not load: a sentence and a way to reload. */
export function PartFailed() {
  const s = useStrings();
  return (
    <p className="run-error" role="alert">
      {s.partFailed}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {s.reload}
      </button>
    </p>
  );
}
