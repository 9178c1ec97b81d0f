package org.customs.seizures.core.countries;

/**
 * A country or territory with an ISO 3166-1 alpha-3 code ({@code iso3166_countries.csv}).
 *
 * @param iso3    alpha-3 code, the key used in the warehouse
 * @param iso2    alpha-2 code
 * @param numeric numeric code, 3 digits zero-padded ({@code 004})
 * @param nameEn  ISO/UNSD short name in English
 * @param nameFr  ISO/UNSD short name in French
 * @param nameEs  ISO/UNSD short name in Spanish
 */
public record Country(String iso3, String iso2, String numeric, String nameEn, String nameFr, String nameEs) {
}
