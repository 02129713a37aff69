// What a webmaster's <script type="module" src="…/civic-widgets.js"> loads: every civic element,
// defined once. The all-in-one bundle (a later issue) will replace this file.
import '@civic-widgets/core/config.js';
import '@civic-widgets/core/calendar-grid.js';
import '@civic-widgets/appointment-picker';
import '@civic-widgets/waste-calendar';
