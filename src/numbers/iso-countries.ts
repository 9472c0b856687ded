// The ISO 3166-1 table lives with the country names in src/domain/countries.ts (one table for all).
export { ISO_COUNTRY_CODES, isIsoCountry } from '../domain/countries';
