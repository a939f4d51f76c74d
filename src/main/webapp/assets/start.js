import { texts } from './common.js';

texts({
  title: 'Citizen services of the city', skip: 'Skip to content', brand: 'Citizen services of the city', heading: 'Citizen services',
  citizens: 'For citizens', book: 'Book an appointment', mine: 'View, confirm or cancel my appointment',
  verify: 'Check an appointment confirmation (works offline too)', staff: 'For staff', counter: 'Counter workstation',
  heads: 'Heads: disruptions, settings and statistics', display: 'Waiting-room display', kiosk: 'Check-in at the entrance (kiosk)', dealers: 'Dealer portal'
});
