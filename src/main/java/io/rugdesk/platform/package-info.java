/**
 * What differs between the operating systems Rugdesk runs on, as pure functions of the OS name, the environment
 * and the home folder. Depends on nothing else of the project and on no Swing/AWT, so any package may use it.
 */
package io.rugdesk.platform;
