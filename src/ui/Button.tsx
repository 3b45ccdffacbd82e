import type { ButtonHTMLAttributes, ReactNode, Ref } from "react";
import "./button.css";

type Variant = "primary" | "secondary" | "ghost" | "danger";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: "sm" | "md";
  icon?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant = "secondary",
  size = "md",
  icon,
  children,
  className,
  type,
  ...rest
}: ButtonProps) {
  const classes = ["wm-button", `wm-button--${variant}`, `wm-button--${size}`, className]
    .filter(Boolean)
    .join(" ");
  return (
    <button type={type ?? "button"} className={classes} {...rest}>
      {icon ? (
        <span className="wm-button__icon" aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {children}
    </button>
  );
}
