/**
 * Pictures for the terminal: decoding with bounds on bytes and pixels (ImageIO with the
 * TwelveMonkeys JPEG plugin, a big picture subsampled while it is read), scaling to a box of
 * terminal cells, and encoding for the terminal: Unicode half blocks, the kitty graphics protocol,
 * iTerm2 inline images and sixel, the protocol chosen from the environment.
 *
 * <p>Imports the model and the JDK only (the JPEG plugin is reached through ImageIO); never the
 * network, the archive or the UI. What it encodes is bytes for a terminal that the UI's terminal
 * layer writes past its cell grid.
 */
package org.termpaper.picture;
