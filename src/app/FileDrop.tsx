import { FileUp } from "lucide-react";
import { useEffect, useState } from "react";
import { useT } from "../i18n";
import { importFile } from "./import-file";
import "./file-drop.css";

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/** While a dialog is open the page behind it is inert, so a drop there must not import. */
function dialogOpen(): boolean {
  return document.querySelector("dialog[open]") !== null;
}

/**
 * Importing by dropping a .waymark.json file anywhere on the window, with an overlay while a file
 * is dragged over the page. A dropped file never makes the browser leave the app to show it.
 */
export function FileDrop() {
  const t = useT();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed; count them to know when the
    // file really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      if (!dialogOpen()) setOver(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = dialogOpen() ? "none" : "copy";
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      if (dialogOpen()) return;
      const file = event.dataTransfer?.files[0];
      if (file) void importFile(file);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  if (!over) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <div className="file-drop__box">
        <FileUp size={36} />
        <p className="file-drop__title">{t("drop.title")}</p>
        <p className="file-drop__body">{t("drop.body")}</p>
      </div>
    </div>
  );
}
