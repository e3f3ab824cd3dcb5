'use strict';

// require('inspector'): eddy has no inspector (process.features.inspector is
// false), and node built without one throws this on require, so code that
// probes for it with try/require behaves as there.
const { codes: { ERR_INSPECTOR_NOT_AVAILABLE } } = require('internal/errors');

throw new ERR_INSPECTOR_NOT_AVAILABLE();
