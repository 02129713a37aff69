import { CivicAppointmentPicker } from './appointment-picker.component.js';

export * from './appointment-picker.component.js';

CivicAppointmentPicker.define('civic-appointment-picker');

declare global {
  interface HTMLElementTagNameMap {
    'civic-appointment-picker': CivicAppointmentPicker;
  }
}
