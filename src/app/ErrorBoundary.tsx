import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "../i18n";
import { Button } from "../ui/Button";
import "./error-boundary.css";

interface Props {
  children: ReactNode;
  /** Saves a file holding everything stored; rejects with a reason when it cannot. */
  onDownloadBackup: () => Promise<void>;
}

interface State {
  error: Error | null;
  backupError: string | null;
}

/**
 * A part of the app fetched on first use (the map, presentation, export) that is no longer there:
 * a new version replaced it on the server and in the offline cache while this tab ran the old one.
 */
export function isMissingCode(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    error.message,
  );
}

/**
 * When a view crashes, say what failed in plain words and offer the two ways forward that never
 * lose work: take a backup of everything stored, and reload.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, backupError: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("Waymark view crashed", error, info.componentStack);
  }

  private readonly downloadBackup = async () => {
    try {
      this.setState({ backupError: null });
      await this.props.onDownloadBackup();
    } catch (error) {
      this.setState({ backupError: error instanceof Error ? error.message : String(error) });
    }
  };

  override render() {
    const { error, backupError } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-screen" role="alert" aria-labelledby="error-title">
        <div className="error-screen__card">
          <h1 id="error-title">{t("error.title")}</h1>
          <p>{t(isMissingCode(error) ? "error.updatedMeanwhile" : "error.explanation")}</p>
          <p className="error-screen__detail" dir="auto">
            {t("error.details", { message: error.message })}
          </p>
          <div className="error-screen__actions">
            <Button variant="primary" onClick={this.downloadBackup}>
              {t("error.downloadBackup")}
            </Button>
            <Button onClick={() => window.location.reload()}>{t("error.reload")}</Button>
          </div>
          {backupError ? (
            <p className="error-screen__backup-error">
              {t("error.backupFailed", { message: backupError })}
            </p>
          ) : null}
        </div>
      </div>
    );
  }
}
