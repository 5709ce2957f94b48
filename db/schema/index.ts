export * from "./district";
export * from "./users";
export * from "./auth";
export * from "./platform";
export * from "./terms";
export * from "./verification";
export * from "./interests";
export * from "./announcements";
