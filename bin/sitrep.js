#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, which `prepare` runs on install).
import '../dist/cli/bin.js';
