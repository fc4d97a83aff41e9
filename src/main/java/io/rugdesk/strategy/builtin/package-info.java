/** The built-in strategies: {@code fixed-ticks}, {@code take-profit}, {@code sidebet-every}, {@code noop}. */
package io.rugdesk.strategy.builtin;
