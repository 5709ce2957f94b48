import { runNext } from "./run-next";

void runNext("dev", "development");
