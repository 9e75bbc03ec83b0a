/** Town and city names (cities-list, ~80,000 places with 1,000+ people), loaded on first use. */
import { isCityName } from './words';

export function isCity(name: string): boolean {
  // Loaded on first use, as a ready-made lookup (see words.ts).
  return isCityName(name.trim());
}

/**
 * States, provinces and countries: no smaller than a state, so not an identifier (Safe Harbor).
 * "New York" and "Washington" are cities too and stay out.
 */
export const BIG_REGIONS = new Set(
  (
    'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|' +
    'Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|' +
    'Nevada|Ohio|Oklahoma|Oregon|Pennsylvania|Tennessee|Texas|Utah|Vermont|Virginia|Wisconsin|Wyoming|New Hampshire|' +
    'New Jersey|New Mexico|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|West Virginia|Ontario|Quebec|' +
    'Alberta|Manitoba|Saskatchewan|Nunavut|Yukon|British Columbia|Nova Scotia|New Brunswick|Newfoundland|Queensland|Tasmania|' +
    'Victoria|New South Wales|Western Australia|South Australia|Northern Territory|England|Scotland|Wales|Ireland|' +
    'Northern Ireland|America|USA|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Cuba|Jamaica|Haiti|Guatemala|' +
    'Honduras|Nicaragua|Panama|Ecuador|Bolivia|Uruguay|Paraguay|Puerto Rico|Costa Rica|El Salvador|Dominican Republic|' +
    'Trinidad|Britain|France|Germany|Spain|Portugal|Italy|Greece|Netherlands|Belgium|Switzerland|Austria|Poland|Ukraine|' +
    'Russia|Sweden|Norway|Denmark|Finland|Iceland|Romania|Hungary|Bulgaria|Serbia|Croatia|Albania|Turkey|Czech Republic|' +
    'United Kingdom|Great Britain|India|Pakistan|Bangladesh|Nepal|China|Japan|Korea|Vietnam|Thailand|Cambodia|Laos|Myanmar|' +
    'Malaysia|Singapore|Indonesia|Philippines|Taiwan|Mongolia|Afghanistan|Iran|Iraq|Syria|Lebanon|Israel|Palestine|Jordan|' +
    'Egypt|Libya|Tunisia|Algeria|Morocco|Sudan|Ethiopia|Eritrea|Somalia|Kenya|Uganda|Tanzania|Rwanda|Nigeria|Ghana|Senegal|' +
    'Cameroon|Congo|Angola|Zambia|Zimbabwe|Mozambique|Botswana|Namibia|Madagascar|Australia|New Zealand|South Africa|' +
    'South Korea|North Korea|Sri Lanka|Saudi Arabia|United States|Kerala|Punjab|Gujarat|Maharashtra|Karnataka|Goa|Bengal|' +
    'Bihar|Assam|Rajasthan|Tamil Nadu|Uttar Pradesh|Andhra Pradesh|Madhya Pradesh'
  ).split('|'),
);
