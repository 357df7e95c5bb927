/** Staff accounts, roles and sign-in: form login for pages, HTTP Basic for the API, lockout, the first administrator. */
package id.serambi.accounts;
