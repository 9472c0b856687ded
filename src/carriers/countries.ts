/**
 * Carriers name countries in the language asked for ("Mainland China", "Россия") or by ISO code.
 * The fake-number rules compare them with the order's country, so they become ISO alpha-2 where the
 * one country table (src/domain/countries.ts) knows them; the rest keep their name.
 */
import { countryOf, toIsoCountry } from '../domain/countries';

/** ISO alpha-2 for a country name or code; undefined when the name is not known. */
export const countryCodeOf = (name: string | null | undefined): string | undefined => toIsoCountry(name);

/** The country as ParcelLens keeps it: ISO alpha-2 when known, else the source's own name. */
export { countryOf };
