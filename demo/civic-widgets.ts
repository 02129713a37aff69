// What a webmaster's <script type="module" src="…/civic-widgets.js"> loads: every civic element,
// defined once. Later issues add the widgets here; the all-in-one bundle will replace this file.
import '@civic-widgets/core/config.js';
import '@civic-widgets/core/calendar-grid.js';
