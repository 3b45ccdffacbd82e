import { Download, FileDown, FileUp, Menu as MenuIcon } from "lucide-react";
import { useCallback, useRef } from "react";
import { LOCALES, useLocale, useT } from "../i18n";
import { updateSession, useSession, useStatus, type ThemeChoice } from "../store";
import { Menu, type MenuItem } from "../ui/Menu";
import { exportJourneyFile, exportWorkspaceFile } from "./file-actions";
import { importFile } from "./import-file";
import type { Route } from "./router";
import { downloadBackup } from "./backups";
import { chooseLocale } from "./locale-choice";

const THEMES: ThemeChoice[] = ["system", "light", "dark", "projector"];

export function AppMenu({ route }: { route: Route }) {
  const t = useT();
  const theme = useSession((s) => s.theme);
  const locale = useLocale();
  const persistent = useStatus((s) => s.persistent);
  const offlineReady = useStatus((s) => s.offlineReady);
  const fileInput = useRef<HTMLInputElement>(null);
  const openFilePicker = useCallback(() => fileInput.current?.click(), []);

  const journeyId = route.name === "journey" ? route.id : null;
  const items: MenuItem[] = [
    { kind: "action", label: t("menu.import"), icon: <FileUp />, onSelect: openFilePicker },
    ...(journeyId
      ? [
          {
            kind: "action" as const,
            label: t("menu.exportJourney"),
            icon: <FileDown />,
            onSelect: () => void exportJourneyFile(journeyId),
          },
        ]
      : []),
    {
      kind: "action",
      label: t("menu.exportWorkspace"),
      icon: <FileDown />,
      onSelect: () => void exportWorkspaceFile(),
    },
    {
      kind: "action",
      label: t("error.downloadBackup"),
      icon: <Download />,
      onSelect: () => void downloadBackup(),
    },
    { kind: "separator" },
    { kind: "heading", label: t("menu.language") },
    ...LOCALES.map(({ code, name }): MenuItem => ({
      kind: "radio",
      label: name,
      lang: code,
      checked: locale === code,
      onSelect: () => void chooseLocale(code),
    })),
    { kind: "separator" },
    { kind: "heading", label: t("menu.theme") },
    ...THEMES.map((choice): MenuItem => ({
      kind: "radio",
      label: t(`theme.${choice}`),
      checked: theme === choice,
      onSelect: () => updateSession({ theme: choice }),
    })),
    { kind: "separator" },
    {
      kind: "heading",
      label: t(
        persistent === true
          ? "storage.persistent"
          : persistent === false
            ? "storage.notPersistent"
            : "storage.unknown",
      ),
    },
    ...(offlineReady ? [{ kind: "heading" as const, label: t("offline.ready") }] : []),
  ];

  return (
    <>
      <Menu
        label={t("menu.label")}
        icon={<MenuIcon size={20} aria-hidden="true" />}
        items={items}
      />
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
