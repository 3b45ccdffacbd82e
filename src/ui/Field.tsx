import { useId, type ReactNode } from "react";

/**
 * A labelled form field: the label, then the control, tied together by an id this makes, so no
 * form hand-writes (or repeats) ids. `children` receives the id for its control.
 */
export function Field({
  label,
  className,
  children,
}: {
  label: ReactNode;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `wm-field ${className}` : "wm-field"}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
