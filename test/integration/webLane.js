#!/usr/bin/env node
// The web lane: the same code-server as lane.js, with Seedmark running from its browser bundle
// (package.json "browser") in the web-worker extension host, as on vscode.dev and github.dev,
// and the web suite (test/integration/web/, bundled to dist/web/suite.js by esbuild.js).
'use strict';

process.env.SEEDMARK_LANE_KIND = 'web';
require('./lane.js');
