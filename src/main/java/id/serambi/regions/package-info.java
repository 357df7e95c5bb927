/** Indonesia's official region codes (provinces, regencies, districts) from idn-area-data 4.0.1, ODbL. */
package id.serambi.regions;
