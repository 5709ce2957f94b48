export * from "./district";
export * from "./users";
export * from "./auth";
export * from "./platform";
