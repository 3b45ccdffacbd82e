import { act, render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { useSettled } from "../../src/app/settled";

function Show({ promise }: { promise: Promise<string> }) {
  const value = useSettled(promise);
  return <p>{value ?? "opening"}</p>;
}

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error ? <p>failed: {this.state.error}</p> : this.props.children;
  }
}

function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe("useSettled", () => {
  it("shows nothing yet while pending, then what the promise gave, without suspending", async () => {
    const { promise, resolve } = deferred();
    render(<Show promise={promise} />);
    expect(screen.getByText("opening")).toBeInTheDocument();
    await act(async () => resolve("the map"));
    expect(screen.getByText("the map")).toBeInTheDocument();
  });

  it("reads a promise marked settled at once, in the first render", () => {
    const promise = Object.assign(Promise.resolve("at once"), {
      status: "fulfilled",
      value: "at once",
    });
    render(<Show promise={promise} />);
    expect(screen.getByText("at once")).toBeInTheDocument();
  });

  it("throws a rejection to the error boundary", async () => {
    const { promise, reject } = deferred();
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error; it is expected here
    try {
      render(
        <Boundary>
          <Show promise={promise} />
        </Boundary>,
      );
      await act(async () => reject(new Error("offline")));
      expect(screen.getByText("failed: offline")).toBeInTheDocument();
    } finally {
      console.error = quiet;
    }
  });

  it("forgets what an earlier promise gave when handed a new one", async () => {
    const first = deferred();
    const second = deferred();
    const { rerender } = render(<Show promise={first.promise} />);
    await act(async () => first.resolve("first journey"));
    rerender(<Show promise={second.promise} />);
    expect(screen.getByText("opening")).toBeInTheDocument();
    await act(async () => second.resolve("second journey"));
    expect(screen.getByText("second journey")).toBeInTheDocument();
  });
});
