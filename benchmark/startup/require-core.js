// Start-up plus requiring 10 core modules.
require('util');
require('events');
require('path');
require('assert');
require('os');
require('timers');
require('console');
require('fs');
require('module');
require('timers/promises');
