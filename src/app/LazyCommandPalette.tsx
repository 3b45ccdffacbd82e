import { useState } from "react";
import { once, useSettled } from "./settled";

const commandPaletteModule = once(() => import("../ui/CommandPalette"));

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * The command palette loads the first time it is asked for (commands are offered on a map only),
 * and stays mounted after: it runs the chosen command once it has closed.
 */
export function LazyCommandPalette({ open, onClose }: Props) {
  const [asked, setAsked] = useState(open);
  if (open && !asked) setAsked(true);
  return asked ? <LoadedCommandPalette open={open} onClose={onClose} /> : null;
}

function LoadedCommandPalette(props: Props) {
  const palette = useSettled(commandPaletteModule());
  return palette ? <palette.CommandPalette {...props} /> : null;
}
