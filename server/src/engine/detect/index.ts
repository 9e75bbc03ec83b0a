/** The detector registry: rule data names a detector; code lives here. */
import type { Detector } from './types';
import { personName } from './names';
import { ageOver89, email, idNumber, ip, roomNumber, ssn, url, zipCode } from './patterns';
import { phone } from './phones';
import { date } from './dates';
import { employer, location, streetAddress } from './places';
import { publicFigure } from './case-details';

export const DETECTORS: Record<string, Detector> = {
  'person-name': personName,
  date,
  'age-over-89': ageOver89,
  'room-number': roomNumber,
  phone,
  email,
  url,
  ip,
  ssn,
  'id-number': idNumber,
  'street-address': streetAddress,
  location,
  'zip-code': zipCode,
  employer,
  'public-figure': publicFigure,
  // case-details is built per rule set from its lexicon (see checks/case-detail.ts).
  'case-details': () => [],
};

export type { Candidate, DetectContext, Detector } from './types';
