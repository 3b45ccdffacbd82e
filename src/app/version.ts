/** Written into every exported file as its `source`. */
export const APP_VERSION = "0.1.0";
export const APP_SOURCE = `Waymark ${APP_VERSION}`;
