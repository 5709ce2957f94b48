import { runNext } from "./run-next";

void runNext("dev", "development", process.argv.slice(2));
