import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { usePresentationFullscreen } from "../../src/present/use-presentation-fullscreen";

function setFullscreenElement(element: Element | null) {
  Object.defineProperty(document, "fullscreenElement", { value: element, configurable: true });
}

afterEach(() => setFullscreenElement(null));

function Probe({ grantDuringRender }: { grantDuringRender: boolean }) {
  const { fullscreen } = usePresentationFullscreen(() => undefined);
  // The browser grants the "Present" click's request after the first render read the state and
  // before the view listens for changes: no fullscreenchange reaches it.
  if (grantDuringRender) setFullscreenElement(document.documentElement);
  return <p>{fullscreen ? "full screen" : "windowed"}</p>;
}

describe("full screen while presenting", () => {
  it("knows the page went full screen between its first render and its listening", () => {
    render(<Probe grantDuringRender />);
    expect(screen.getByText("full screen")).toBeInTheDocument();
  });

  it("stays windowed when nothing was granted", () => {
    render(<Probe grantDuringRender={false} />);
    expect(screen.getByText("windowed")).toBeInTheDocument();
  });
});
