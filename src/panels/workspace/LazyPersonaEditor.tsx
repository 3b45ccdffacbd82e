import { lazy, Suspense, type ComponentProps } from "react";

/**
 * The persona editor (with its avatar picker and picture handling) loads when it first opens,
 * not with the home page; the open dialog follows a moment later on a first use.
 */
const Editor = lazy(() =>
  import("./PersonaEditor").then((module) => ({ default: module.PersonaEditor })),
);

export function LazyPersonaEditor(props: ComponentProps<typeof Editor>) {
  return (
    <Suspense fallback={null}>
      <Editor {...props} />
    </Suspense>
  );
}
