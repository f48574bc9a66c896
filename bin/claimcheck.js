#!/usr/bin/env node
// The binary: hand the process to the CLI and set the exit code from what it returns.
import { main } from "../dist/main.js";

main();
