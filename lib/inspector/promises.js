'use strict';

// require('inspector/promises'): as require('inspector') (no inspector).
require('inspector');
