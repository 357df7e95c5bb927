/** Service times: each library's real step times, from its cases, compared with its published standard. */
package id.serambi.servicetimes;
