import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from './i18n';
import { useCommands } from '../state/store';

/** What the fallback offers: the three ways out of a screen that cannot be shown. */
export type WayOut = {
  /** Undo the last step (the store's undo); the screen is tried again afterwards. */
  readonly undo: () => Promise<void>;
  /** Go to the screen with the backups. */
  readonly restore: () => void;
  /** Save what is there as a programme file. */
  readonly exportAll: () => Promise<unknown>;
};

type Props = { readonly children: ReactNode; readonly wayOut: WayOut };
type State = { readonly error: unknown };

/**
 * Catches a screen that throws while rendering, so one value that cannot be shown never blanks
 * the app (React error boundaries must be class components: react.dev, "Catching rendering
 * errors with an error boundary"). Shows a Dutch message with the way out.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  /** Switches to the fallback when a child throws. */
  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  /** Keeps the cause in the console for whoever investigates; the person sees the fallback. */
  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Scherm kon niet worden getoond', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const { wayOut } = this.props;
    const reason = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
    return (
      <section className="section screen-error" role="alert" aria-labelledby="screen-error-title">
        <h1 id="screen-error-title">{t('boundary.title')}</h1>
        <p>{t('boundary.text')}</p>
        <div className="confirm">
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              void wayOut.undo().then(() => {
                this.setState({ error: null });
              });
            }}
          >
            {t('boundary.undo')}
          </button>
          <button type="button" className="button" onClick={wayOut.restore}>
            {t('boundary.restore')}
          </button>
          <button type="button" className="button" onClick={() => void wayOut.exportAll()}>
            {t('boundary.export')}
          </button>
        </div>
        {reason ? <p className="screen-error__detail">{t('boundary.detail', { reason })}</p> : null}
      </section>
    );
  }
}

/** The boundary around one screen, wired to the store's undo, the data screen and the export. */
export function ScreenBoundary(props: { readonly children: ReactNode }) {
  const c = useCommands();
  return (
    <ErrorBoundary
      wayOut={{
        undo: c.undo,
        restore: () => {
          c.navigate('data');
        },
        exportAll: c.exportToFile,
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
