/**
 * The user's settings: the config file ({@code config.toml}) and the directories termpaper keeps
 * its archive, cache and config in.
 *
 * <p>Imports the model and Jackson; nothing above it.
 */
package org.termpaper.config;
