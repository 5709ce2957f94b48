import { runNext } from "./run-next";

void runNext("start", "production", process.argv.slice(2));
