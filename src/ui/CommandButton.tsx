import type { ReactNode } from "react";
import { useT } from "../i18n";
import { Button, type ButtonProps } from "./Button";
import { formatKeys, useCommand, type KeyBinding } from "./commands";

/** The keys as `aria-keyshortcuts` names them ("Control+Z Control+Shift+Z"). */
function ariaKeys(keys: readonly KeyBinding[]): string {
  return keys
    .map((k) =>
      [
        k.mod ? "Control" : null,
        k.alt ? "Alt" : null,
        k.shift ? "Shift" : null,
        k.key.length === 1 ? k.key.toUpperCase() : k.key,
      ]
        .filter(Boolean)
        .join("+"),
    )
    .join(" ");
}

/**
 * What a button for a registered command needs: its name, its keys in the tooltip and in
 * `aria-keyshortcuts`, and what it runs, all from the registry.
 */
export function useCommandButton(id: string) {
  const t = useT();
  const command = useCommand(id);
  const label = command ? t(command.label) : "";
  const keys = command?.keys?.length ? formatKeys(command.keys, t("keys.or")) : "";
  return {
    "aria-label": label,
    title: keys ? `${label} (${keys})` : label,
    "aria-keyshortcuts": command?.keys?.length ? ariaKeys(command.keys) : undefined,
    disabled: !command,
    onClick: () => command?.run(),
  };
}

/** A toolbar button for a registered command (see `useCommandButton`). */
export function CommandButton({
  command,
  icon,
  disabled,
  ...rest
}: { command: string; icon: ReactNode } & Omit<ButtonProps, "onClick" | "icon" | "children">) {
  const props = useCommandButton(command);
  return (
    <Button
      variant="ghost"
      icon={icon}
      {...props}
      disabled={props.disabled || disabled}
      {...rest}
    />
  );
}
